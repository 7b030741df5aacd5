import { readFileSync, writeFileSync } from 'node:fs';
import { renderMatrix, withMatrix } from '../functions/graphql/auth/matrixDocument';
import { policy } from '../functions/graphql/schema';

/** `npm run authz:matrix`: writes docs/authorisation-matrix.md and the copy in README.md from the schema's rules. */
const matrix = renderMatrix(policy);
writeFileSync('docs/authorisation-matrix.md', matrix);
writeFileSync('README.md', withMatrix(readFileSync('README.md', 'utf8'), matrix));
console.log('Wrote docs/authorisation-matrix.md and the matrix in README.md');
