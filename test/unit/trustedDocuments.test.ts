import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexManifest, sha256 } from '../../functions/graphql/documents/trustedDocuments';
import { EXAMPLES_FILE, MANIFEST_FILE, manifestText, register } from '../../scripts/documents-register';

const manifest = JSON.parse(readFileSync(MANIFEST_FILE, 'utf8'));
const examples = JSON.parse(readFileSync(EXAMPLES_FILE, 'utf8')) as Record<string, string>;

describe('registering trusted documents', () => {
  it('has registered every example operation: `npm run documents:register` would change nothing', () => {
    expect(readFileSync(MANIFEST_FILE, 'utf8'), 'stale: run npm run codegen && npm run documents:register').toBe(
      manifestText(register(manifest, 'examples', EXAMPLES_FILE, examples)),
    );
  });

  it("replaces a front end's earlier registration, so a dropped operation stops running, and keeps other front ends'", () => {
    const text = 'query Me { me { id } }';
    const first = register({ frontEnds: {} }, 'portal', 'a.json', { [`sha256:${sha256(text)}`]: text });
    const both = register(first, 'other', 'b.json', {});
    const again = register(both, 'portal', 'a.json', {});
    expect(Object.keys(both.frontEnds)).toEqual(['other', 'portal']);
    expect(again.frontEnds.portal!.documents).toEqual({});
  });

  it('refuses a document the schema does not accept, or whose hash is not its own', () => {
    const bad = 'query X { nosuchfield }';
    expect(() => register({ frontEnds: {} }, 'portal', 'a.json', { [`sha256:${sha256(bad)}`]: bad })).toThrow(/nosuchfield/);
    expect(() => register({ frontEnds: {} }, 'portal', 'a.json', { [`sha256:${'1'.repeat(64)}`]: 'query Me { me { id } }' })).toThrow(
      /not the SHA-256/,
    );
  });

  it('refuses to load a manifest whose document was changed after registration', () => {
    const text = 'query Me { me { id } }';
    expect(() =>
      indexManifest({ frontEnds: { portal: { registeredFrom: 'a', documents: { [`sha256:${sha256(text)}`]: `${text} ` } } } }),
    ).toThrow(/does not match its hash/);
  });
});
