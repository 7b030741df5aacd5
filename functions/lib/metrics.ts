import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { METRIC, METRICS_NAMESPACE, SERVICE_NAME } from './metricNames';
import type { RequestScope } from './requestScope';

export { METRIC, METRICS_NAMESPACE, SERVICE_NAME };

/** Codes that are the server's failure rather than a refusal of the request. */
const INTERNAL = new Set(['INTERNAL_SERVER_ERROR', 'AUDIT_UNAVAILABLE']);

/**
 * CloudWatch embedded metrics (Powertools), one JSON log line per request: no API call, nothing added to
 * the request's latency beyond writing the line. `POWERTOOLS_METRICS_DISABLED=true` turns them off (the
 * local stack does, to keep its output readable).
 */
export const metrics = new Metrics({ namespace: METRICS_NAMESPACE, serviceName: SERVICE_NAME });

/**
 * Publishes one request's figures: latency, DynamoDB requests and round trips, per service and per
 * operation (`query.cohort`), and each refusal by its code (`FORBIDDEN`, `UNAUTHENTICATED`…).
 */
export function publishRequestMetrics(scope: RequestScope, latencyMs: number): void {
  const operation = scope.operation ?? 'unknown';
  // Two dimension sets: [service] for alarms over the whole API, [service, operation] for the breakdown.
  metrics.addDimensions({ operation });
  metrics.addMetric(METRIC.latency, MetricUnit.Milliseconds, latencyMs);
  metrics.addMetric(METRIC.dynamodbRequests, MetricUnit.Count, scope.dynamodbCalls);
  metrics.addMetric(METRIC.dynamodbRoundTrips, MetricUnit.Count, scope.dynamodbRoundTrips);
  const internal = scope.errorCodes.filter((code) => INTERNAL.has(code)).length;
  if (internal > 0) metrics.addMetric(METRIC.internalErrors, MetricUnit.Count, internal);
  metrics.publishStoredMetrics();
  for (const code of new Set(scope.errorCodes)) {
    if (INTERNAL.has(code)) continue;
    const refusal = metrics.singleMetric();
    refusal.addDimension('code', code);
    refusal.addMetric(METRIC.refusals, MetricUnit.Count, scope.errorCodes.filter((c) => c === code).length);
  }
}
