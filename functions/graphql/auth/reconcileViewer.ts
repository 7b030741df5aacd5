import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { itemKey } from '../../db/entity';
import type { PersonRecord } from '../../db/records';
import { AppError } from '../../lib/errors';
import type { Context } from '../context';
import type { Role } from '../resolvers.generated';

/** The subject a stored person accepts: the one recorded with them, or (seeded and development people) their id. */
export const acceptedSubject = (person: PersonRecord) => person.subject ?? person.id;

/**
 * The roles a viewer acts with: only those both the token claims and the person's stored record holds, and
 * none when the person does not exist or is not ACTIVE. A token is evidence of who signed in, not of what
 * they may do today: a role withdrawn in the directory, or a person who has left, stops at once.
 */
export function effectiveRoles(claimed: readonly Role[], person: PersonRecord | null): Role[] {
  if (!person || (person.status !== undefined && person.status !== 'ACTIVE')) return [];
  return claimed.filter((r) => person.roles.includes(r));
}

/**
 * Reconciles the viewer with their stored person once the operation has passed every limit and validation
 * (`responseForOperation` runs after all `didResolveOperation` hooks, so a rejected query makes no DynamoDB
 * call), before anything executes. The read goes through the request's loader, so `me` reuses it. A subject
 * that maps onto a person who accepts another subject (two subjects, one person) is refused with 401.
 */
export const reconcileViewerPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async responseForOperation({ contextValue: ctx }) {
        let person: PersonRecord | null;
        try {
          person = (await ctx.loader.load(itemKey('Person', ctx.viewer.id))) as PersonRecord | null;
        } catch (error) {
          ctx.viewer.roles = [];
          if (!(error instanceof AppError)) throw error;
          // DynamoDB throttled or unreachable: answer as any other read would (SERVICE_UNAVAILABLE, 503).
          return {
            http: { status: error.code === 'SERVICE_UNAVAILABLE' ? 503 : 500, headers: new HeaderMap([['retry-after', '1']]) },
            body: { kind: 'single', singleResult: { errors: [{ message: error.message, extensions: { code: error.code } }] } },
          };
        }
        if (person && acceptedSubject(person) !== ctx.viewer.subject) {
          ctx.viewer.roles = [];
          return {
            http: { status: 401, headers: new HeaderMap([['www-authenticate', 'Bearer error="invalid_token"']]) },
            body: {
              kind: 'single',
              singleResult: {
                errors: [{ message: "The token's subject does not sign in as this person", extensions: { code: 'UNAUTHENTICATED' } }],
              },
            },
          };
        }
        ctx.viewer.roles = effectiveRoles(ctx.viewer.roles, person);
        return null;
      },
    };
  },
};
