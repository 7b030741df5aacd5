/**
 * Names of the function's CloudWatch metrics, shared by the code that emits them (functions/lib/metrics.ts)
 * and the stack's alarms and dashboard (infra/constructs/operationsAlarms.ts). No dependencies: the stack
 * imports it at synth time.
 */
export const METRICS_NAMESPACE = 'LxpProgramme';
export const SERVICE_NAME = 'lxp-graphql';

export const METRIC = {
  latency: 'RequestLatency',
  dynamodbRequests: 'DynamoDbRequests',
  dynamodbRoundTrips: 'DynamoDbRoundTrips',
  refusals: 'Refusals',
  internalErrors: 'InternalErrors',
  coldStart: 'ColdStart',
} as const;
