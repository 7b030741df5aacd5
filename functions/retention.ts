import { logger } from './lib/logger';
import { applyRetention } from './services/retention';

/**
 * The Lambda entry of the nightly retention job (an EventBridge schedule in infra/): carries out the
 * retention schedule as of the event's time. Only this entry knows it runs in Lambda.
 */
export async function handler(event: { time?: string } = {}) {
  const now = event.time ? new Date(event.time).toISOString() : new Date().toISOString();
  const removed = await applyRetention(now);
  logger.info('retention applied', { now, removed: removed.length });
  return { now, removed };
}
