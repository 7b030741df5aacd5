import { HeaderMap } from '@apollo/server';
import { config } from '../lib/config';
import { AppError } from '../lib/errors';
import { bearerToken, verifyToken } from './auth/verifyToken';
import { createContext, type Context } from './context';
import { policy } from './schema';

function unauthenticated(message: string): never {
  throw new AppError('UNAUTHENTICATED', message, {
    http: { status: 401, headers: new HeaderMap([['www-authenticate', 'Bearer error="invalid_token"']]) },
  });
}

/**
 * The context of one request: the bearer token verified first, so a request without a valid token gets
 * 401 UNAUTHENTICATED and nothing is parsed or executed.
 */
export async function contextFor(authorization: string | undefined, requestId: string): Promise<Context> {
  const token = bearerToken(authorization);
  if (!token) unauthenticated('A bearer token is required');
  try {
    const viewer = await verifyToken(token, config().auth);
    return createContext(viewer, requestId, policy);
  } catch (error) {
    return unauthenticated(error instanceof AppError ? error.message : 'The token could not be verified');
  }
}
