import { createHash } from 'node:crypto';
import manifest from './trusted-documents.json';

/**
 * The trusted documents: the operations front ends registered with `npm run documents:register`, by the
 * SHA-256 of their text, bundled into the function with it (so a deployment carries exactly the documents
 * registered when it was built). In production the API runs only these.
 */

export interface TrustedDocumentsManifest {
  frontEnds: Record<string, { registeredFrom: string; documents: Record<string, string> }>;
}

/** `sha256:<hex>` (GraphQL over HTTP's document id) or bare hex (the APQ extension) → lower-case hex, or undefined. */
export function documentHash(id: string): string | undefined {
  const hex = id.startsWith('sha256:') ? id.slice('sha256:'.length) : id;
  return /^[0-9a-f]{64}$/i.test(hex) ? hex.toLowerCase() : undefined;
}

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** hash → document text, for every front end; refuses a manifest whose text does not match its hash. */
export function indexManifest(source: TrustedDocumentsManifest): Map<string, string> {
  const index = new Map<string, string>();
  for (const [frontEnd, { documents }] of Object.entries(source.frontEnds)) {
    for (const [id, text] of Object.entries(documents)) {
      const hash = documentHash(id);
      if (!hash || sha256(text) !== hash) throw new Error(`Trusted document ${id} of ${frontEnd} does not match its hash`);
      index.set(hash, text);
    }
  }
  return index;
}

let index: Map<string, string> | undefined;

/** The registered document with this id, if any. */
export function trustedDocument(id: string): string | undefined {
  index ??= indexManifest(manifest as TrustedDocumentsManifest);
  const hash = documentHash(id);
  return hash ? index.get(hash) : undefined;
}

/** How many documents are registered (for the start-up log and the infrastructure tests). */
export const registeredCount = () => (index ??= indexManifest(manifest as TrustedDocumentsManifest)).size;
