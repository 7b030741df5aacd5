import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';

/**
 * A response that met SERVICE_UNAVAILABLE (DynamoDB throttled or unreachable after bounded retries) is
 * HTTP 503 with Retry-After, so clients and API Gateway metrics see a transient failure, not a success.
 */
export const serviceUnavailablePlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ errors, response }) {
        if (!errors?.some((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE')) return;
        response.http.status = 503;
        response.http.headers ??= new HeaderMap();
        response.http.headers.set('retry-after', '1');
      },
    };
  },
};
