import { METRIC, METRICS_NAMESPACE, SERVICE_NAME } from './metricNames';
import type { RequestScope } from './requestScope';

export { METRIC, METRICS_NAMESPACE, SERVICE_NAME };

/** Codes that are the server's failure rather than a refusal of the request. */
const INTERNAL = new Set(['INTERNAL_SERVER_ERROR', 'AUDIT_UNAVAILABLE']);

type Unit = 'Milliseconds' | 'Count';

/**
 * One CloudWatch embedded-metric-format line: the metrics as fields of a JSON log line, declared in `_aws`
 * under each dimension set. CloudWatch extracts them from the function's log; no API call is made.
 * (Written here in a few lines rather than with Powertools Metrics, which would add its weight to the
 * bundle and its per-request work to every answer for the same line.)
 */
function emfLine(dimensionSets: string[][], dimensions: Record<string, string>, values: [string, Unit, number][]): string {
  return JSON.stringify({
    _aws: {
      Timestamp: Date.now(),
      CloudWatchMetrics: [
        { Namespace: METRICS_NAMESPACE, Dimensions: dimensionSets, Metrics: values.map(([Name, Unit]) => ({ Name, Unit })) },
      ],
    },
    ...dimensions,
    ...Object.fromEntries(values.map(([name, , value]) => [name, value])),
  });
}

/** `POWERTOOLS_METRICS_DISABLED=true` turns them off, as it does Powertools' (the local stack and the tests do). */
const disabled = () => process.env.POWERTOOLS_METRICS_DISABLED === 'true';

let coldStart = true;

/**
 * Publishes one request's figures: latency, DynamoDB requests and round trips, per service and per
 * operation (`query.cohort`), internal errors, a cold start on the container's first request, and each
 * refusal by its code (`FORBIDDEN`, `UNAUTHENTICATED`…) — as CloudWatch embedded metrics on stdout.
 */
export function publishRequestMetrics(scope: RequestScope, latencyMs: number, write: (line: string) => void = writeLine): void {
  const first = coldStart;
  coldStart = false;
  if (disabled()) return;
  const dimensions = { service: SERVICE_NAME, operation: scope.operation ?? 'unknown' };
  const internal = scope.errorCodes.filter((code) => INTERNAL.has(code)).length;
  // Two dimension sets: [service] for alarms over the whole API, [service, operation] for the breakdown.
  write(
    emfLine([['service'], ['service', 'operation']], dimensions, [
      [METRIC.latency, 'Milliseconds', Math.round(latencyMs * 100) / 100],
      [METRIC.dynamodbRequests, 'Count', scope.dynamodbCalls],
      [METRIC.dynamodbRoundTrips, 'Count', scope.dynamodbRoundTrips],
      ...(internal > 0 ? [[METRIC.internalErrors, 'Count', internal] as [string, Unit, number]] : []),
      ...(first ? [[METRIC.coldStart, 'Count', 1] as [string, Unit, number]] : []),
    ]),
  );
  for (const code of new Set(scope.errorCodes)) {
    if (INTERNAL.has(code)) continue;
    const count = scope.errorCodes.filter((c) => c === code).length;
    write(emfLine([['service', 'code']], { service: SERVICE_NAME, code }, [[METRIC.refusals, 'Count', count]]));
  }
}

function writeLine(line: string): void {
  process.stdout.write(`${line}\n`);
}
