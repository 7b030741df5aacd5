import { AppError } from '../lib/errors';

/** DynamoDB's answers that mean "too busy now" or "not reachable now", which a retry later may cure. */
const TRANSIENT_NAMES = new Set([
  'ThrottlingException',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'InternalServerError',
  'ServiceUnavailable',
  'ServiceUnavailableException',
  'TimeoutError',
  'RequestTimeout',
  'RequestTimeoutException',
]);
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
/** Transaction cancellation reasons that are throttling, not a condition or a conflict. */
const TRANSIENT_REASONS = new Set(['ThrottlingError', 'ProvisionedThroughputExceeded', 'RequestLimitExceeded']);

/** Whether an error from the SDK (after its own retries) means DynamoDB is throttling or unavailable. */
export function isUnavailable(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const e = error as { name?: string; code?: string; $metadata?: { httpStatusCode?: number }; CancellationReasons?: { Code?: string }[] };
  if (e.name === 'TransactionCanceledException')
    return Boolean(e.CancellationReasons?.some((r) => r.Code && TRANSIENT_REASONS.has(r.Code)));
  if (e.name && TRANSIENT_NAMES.has(e.name)) return true;
  if (e.code && NETWORK_CODES.has(e.code)) return true;
  const status = e.$metadata?.httpStatusCode ?? 0;
  return status === 429 || status >= 500;
}

/** The client's answer when DynamoDB stays throttled or unreachable after the bounded retries. */
export const serviceUnavailable = () =>
  new AppError('SERVICE_UNAVAILABLE', 'The database is busy or unavailable, so nothing was changed or read; retry in a moment', {
    retryable: true,
  });
