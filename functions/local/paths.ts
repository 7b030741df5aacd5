import { join, resolve } from 'node:path';

/** Where local state lives (the DynamoDB Local files and the development issuer's key): `.local/`, or LXP_LOCAL_DIR. */
export function localDir(): string {
  return resolve(process.env.LXP_LOCAL_DIR || join(process.cwd(), '.local'));
}

export const dbDir = () => join(localDir(), 'dynamodb');
export const issuerKeyFile = () => join(localDir(), 'dev-issuer-key.json');
