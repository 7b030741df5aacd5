import type { ApolloServerPlugin } from '@apollo/server';
import { AppError } from '../../lib/errors';
import type { Context } from '../context';
import { trustedDocument } from './trustedDocuments';

/**
 * Runs documents by id: `documentId` in the POST body (GraphQL over HTTP's persisted documents, as
 * `@graphql-codegen/client-preset` sends `__meta__.hash`) or the APQ extension's `sha256Hash`. The id is
 * looked up among the trusted documents and its registered text is what runs; clients cannot register new
 * ones. With `required` (production), a request carrying its own text and no known id is refused with
 * DOCUMENT_NOT_TRUSTED; an unknown id is PERSISTED_QUERY_NOT_FOUND in either mode.
 */
export function trustedDocumentsPlugin(mode: 'required' | 'optional'): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request }) {
      const body = request.http?.body as { documentId?: unknown } | undefined;
      const apq = request.extensions?.persistedQuery as { sha256Hash?: unknown } | undefined;
      const id = typeof body?.documentId === 'string' ? body.documentId : typeof apq?.sha256Hash === 'string' ? apq.sha256Hash : undefined;
      // Apollo's own APQ would otherwise look the hash up in a cache this API does not have.
      if (request.extensions) delete request.extensions.persistedQuery;
      let refusal: AppError | undefined;
      if (id !== undefined) {
        const text = trustedDocument(id);
        if (text) request.query = text;
        else
          refusal = new AppError(
            'PERSISTED_QUERY_NOT_FOUND',
            `No trusted document has the id ${id}: register it with npm run documents:register`,
            {
              documentId: id,
              http: { status: 400 },
            },
          );
      } else if (mode === 'required') {
        refusal = new AppError(
          'DOCUMENT_NOT_TRUSTED',
          'This API runs only registered documents: send the documentId of a registered operation',
          {
            http: { status: 400 },
          },
        );
      }
      if (!refusal) return;
      // Apollo answers an error thrown here with a 500, and one thrown once the operation is resolved with
      // the error itself; so the untrusted text is swapped for an empty one and refused before it would run.
      request.query = '{ __typename }';
      request.operationName = undefined;
      return {
        async didResolveOperation() {
          throw refusal;
        },
      };
    },
  };
}
