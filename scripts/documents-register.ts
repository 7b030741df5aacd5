import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSchema, parse, validate } from 'graphql';
import { documentHash, sha256, type TrustedDocumentsManifest } from '../functions/graphql/documents/trustedDocuments';
import { printContract, ROOT } from './schema/guard';

/**
 * `npm run documents:register -- [--front-end NAME] [persisted-documents.json]` registers a front end's
 * operations as trusted documents: the hash → document map `@graphql-codegen/client-preset` writes with
 * `persistedDocuments` on. It replaces that front end's earlier registration (so a dropped operation stops
 * running), checks every document against the schema and its hash, and writes the manifest the function is
 * bundled with. With no arguments it registers this repository's example operations.
 */
export const MANIFEST_FILE = join(ROOT, 'functions', 'graphql', 'documents', 'trusted-documents.json');
export const EXAMPLES_FILE = 'examples/typed/persisted-documents.json';

export function register(manifest: TrustedDocumentsManifest, frontEnd: string, from: string, documents: Record<string, string>) {
  const schema = buildSchema(printContract());
  const problems: string[] = [];
  const sorted: Record<string, string> = {};
  for (const id of Object.keys(documents).sort()) {
    const text = documents[id]!;
    const hash = documentHash(id);
    if (!hash || sha256(text) !== hash) problems.push(`${id}: the hash is not the SHA-256 of the document`);
    else {
      const errors = validate(schema, parse(text));
      if (errors.length) problems.push(`${id}: ${errors.map((e) => e.message).join('; ')}`);
    }
    sorted[`sha256:${hash ?? id}`] = text;
  }
  if (problems.length) throw new Error(`Not registered; fix these documents first:\n- ${problems.join('\n- ')}`);
  const frontEnds = { ...manifest.frontEnds, [frontEnd]: { registeredFrom: from, documents: sorted } };
  return {
    frontEnds: Object.fromEntries(
      Object.keys(frontEnds)
        .sort()
        .map((k) => [k, frontEnds[k]!]),
    ),
  };
}

export const manifestText = (manifest: TrustedDocumentsManifest) => JSON.stringify(manifest, null, 2) + '\n';

function main() {
  const { values, positionals } = parseArgs({ options: { 'front-end': { type: 'string', default: 'examples' } }, allowPositionals: true });
  const from = positionals[0] ?? EXAMPLES_FILE;
  const documents = JSON.parse(readFileSync(from, 'utf8')) as Record<string, string>;
  const manifest = JSON.parse(readFileSync(MANIFEST_FILE, 'utf8')) as TrustedDocumentsManifest;
  const next = register(manifest, values['front-end']!, from, documents);
  writeFileSync(MANIFEST_FILE, manifestText(next));
  console.log(
    `Registered ${Object.keys(documents).length} documents for ${values['front-end']} in ${MANIFEST_FILE.replace(ROOT + '/', '')}`,
  );
}

if (process.argv[1] && import.meta.filename === process.argv[1]) main();
