import { parseArgs } from 'node:util';
import type { Role } from '../lib/vocabulary';
import { ROLES } from '../lib/vocabulary';
import { signToken } from './devIssuer';
import { PEOPLE, PERSONAS } from './paperData';

const USAGE = `Usage: npm run --silent token -- (--role ROLE | --sub PERSON_ID) [--expires-in SECONDS] [--audience AUD]
       (an already-expired token: --expires-in=-60)
       npm run token -- --list
Prints one token signed by the development issuer, accepted by \`npm start\` on any port.`;

/** `npm run --silent token`: prints one signed token for a seeded person, and nothing else. */
async function main() {
  // `npm run token -- --list | head` closes the pipe early; that is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => process.exit(error.code === 'EPIPE' ? 0 : 1));
  const { values } = parseArgs({
    options: {
      role: { type: 'string' },
      sub: { type: 'string' },
      'expires-in': { type: 'string' },
      audience: { type: 'string' },
      list: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return console.log(USAGE);
  if (values.list) {
    for (const p of PEOPLE) console.log(`${p.id.padEnd(22)} ${p.roles.join(',').padEnd(22)} ${p.displayName}`);
    return;
  }
  const role = values.role as Role | undefined;
  if (role && !ROLES.includes(role)) throw new Error(`--role must be one of ${ROLES.join(', ')}`);
  const id = values.sub ?? (role ? PERSONAS[role] : undefined);
  if (!id) throw new Error(USAGE);
  const person = PEOPLE.find((p) => p.id === id);
  // A subject that is not seeded is signed with the role given (for testing unknown people).
  const roles = person?.roles ?? (role ? [role] : []);
  const expiresIn = values['expires-in'] === undefined ? undefined : Number(values['expires-in']);
  if (expiresIn !== undefined && !Number.isFinite(expiresIn)) throw new Error('--expires-in must be a number of seconds');
  console.log(
    await signToken({
      sub: id,
      roles,
      ...(person ? { name: person.displayName } : {}),
      ...(values.audience ? { audience: values.audience } : {}),
      ...(expiresIn !== undefined ? { expiresIn } : {}),
    }),
  );
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
