import { logger } from './lib/logger';
import { applyRetention } from './services/retention';

/**
 * The nightly retention job, as the Lambda entry (functions/handler.ts) runs it for the EventBridge
 * schedule in infra/: carries out the retention schedule as of the event's time.
 */
export async function handler(event: { time?: string } = {}) {
  const now = event.time ? new Date(event.time).toISOString() : new Date().toISOString();
  const removed = await applyRetention(now);
  logger.info('retention applied', { now, removed: removed.length });
  return { now, removed };
}
