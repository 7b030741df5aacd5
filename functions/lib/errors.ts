import { GraphQLError } from 'graphql';

/**
 * The closed set of error codes the API returns in `extensions.code`. Front ends switch on these.
 * Business-rule refusals carry a `reason` too (e.g. CONFLICT / ALREADY_APPLIED).
 */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'NOT_ELIGIBLE'
  | 'CAPACITY_REACHED'
  | 'AUDIT_UNAVAILABLE'
  | 'QUERY_TOO_LARGE'
  | 'PAYLOAD_TOO_LARGE'
  | 'SERVICE_UNAVAILABLE'
  | 'PERSISTED_QUERY_MISMATCH'
  | 'PERSISTED_QUERY_NOT_FOUND'
  | 'PERSISTED_QUERY_NOT_SUPPORTED'
  | 'DOCUMENT_NOT_TRUSTED';

export const APP_ERROR_CODES: ReadonlySet<string> = new Set<ErrorCode>([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'NOT_ELIGIBLE',
  'CAPACITY_REACHED',
  'AUDIT_UNAVAILABLE',
  'QUERY_TOO_LARGE',
  'PAYLOAD_TOO_LARGE',
  'SERVICE_UNAVAILABLE',
  'PERSISTED_QUERY_MISMATCH',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'DOCUMENT_NOT_TRUSTED',
]);

/** An error the API means to show the client, with its code and any details. */
export class AppError extends GraphQLError {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...details } });
    this.code = code;
  }
}

/** Input that breaks a rule of its own (format, length, range); `field` is its path, e.g. `input.statement`. */
export const badInput = (field: string, message: string) => new AppError('BAD_USER_INPUT', message, { field });

export const notFound = (what: string, id: string) => new AppError('NOT_FOUND', `${what} ${id} was not found`, { id });

export const conflict = (reason: string, message: string) => new AppError('CONFLICT', message, { reason });

export const notEligible = (reason: string, message: string) => new AppError('NOT_ELIGIBLE', message, { reason });

export const forbidden = (message = 'You are not allowed to do this', details: Record<string, unknown> = {}) =>
  new AppError('FORBIDDEN', message, details);

export const unauthenticated = (message: string) => new AppError('UNAUTHENTICATED', message);
