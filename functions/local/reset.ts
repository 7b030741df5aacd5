import { rmSync } from 'node:fs';
import { dbDir } from './paths';

/** `npm run reset`: deletes the local database, so the next `npm start` seeds afresh. The issuer key is kept. */
rmSync(dbDir(), { recursive: true, force: true });
console.log(`Removed ${dbDir()}`);
