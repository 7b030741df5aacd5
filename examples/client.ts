import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { GraphQLFormattedError } from 'graphql';
import { CohortApplicationsDocument, CohortsDocument } from './typed/graphql';

/**
 * A front end's whole GraphQL client, as the README shows it: a typed document in, typed data out, sent by
 * its registered id (production runs nothing else). Type-checked by `npm test`, so the README's path stays true.
 */
export async function run<R, V>(api: string, idToken: string, document: TypedDocumentNode<R, V>, variables?: V) {
  const documentId = (document as { __meta__?: { hash: string } }).__meta__!.hash;
  const response = await fetch(`${api}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${idToken}` },
    body: JSON.stringify({ documentId, variables }),
  });
  return (await response.json()) as { data?: R; errors?: GraphQLFormattedError[] };
}

/** Examples of use: the compiler knows every field, and that a refused one may be null. */
export async function examples(api: string, idToken: string) {
  const { data } = await run(api, idToken, CohortsDocument);
  const applicationsPerCohort: Array<number | undefined> = data?.cohorts.edges.map((e) => e.node?.applications?.totalCount) ?? [];

  const { data: review, errors } = await run(api, idToken, CohortApplicationsDocument, { cohortId: 'coh_1' });
  const refused = errors?.filter((e) => e.extensions?.code === 'FORBIDDEN').map((e) => e.path?.join('.'));
  const statements = review?.cohort?.applications?.edges.map((e) => e.node?.statement ?? '(not yours to read)');
  return { applicationsPerCohort, refused, statements };
}
