import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publishRequestMetrics } from '../../functions/lib/metrics';
import type { RequestScope } from '../../functions/lib/requestScope';

const scope = (errorCodes: string[]): RequestScope => ({
  requestId: 'r1',
  dynamodbCalls: 3,
  byCommand: { QueryCommand: 1, BatchGetItemCommand: 2 },
  dynamodbRoundTrips: 2,
  answeredDepth: 2,
  readUnits: 0,
  writeUnits: 0,
  operation: 'query.cohort',
  errorCodes,
});

function published(errorCodes: string[]): Record<string, unknown>[] {
  const lines: string[] = [];
  publishRequestMetrics(scope(errorCodes), 12.345, (line) => lines.push(line));
  return lines.map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('CloudWatch embedded metrics per request', () => {
  // The local stack turns them off for every process it configures; these tests read them.
  const disabled = process.env.POWERTOOLS_METRICS_DISABLED;
  beforeEach(() => {
    process.env.POWERTOOLS_METRICS_DISABLED = 'false';
  });
  afterEach(() => {
    if (disabled === undefined) delete process.env.POWERTOOLS_METRICS_DISABLED;
    else process.env.POWERTOOLS_METRICS_DISABLED = disabled;
  });

  it('publishes latency, DynamoDB requests and round trips per service and per operation, a cold start once, and refusals by code', () => {
    const [first, refusal, ...rest] = published(['FORBIDDEN', 'FORBIDDEN', 'INTERNAL_SERVER_ERROR']);
    expect(rest).toEqual([]);
    expect(first).toMatchObject({
      _aws: {
        CloudWatchMetrics: [
          {
            Namespace: 'LxpProgramme',
            Dimensions: [['service'], ['service', 'operation']],
            Metrics: [
              { Name: 'RequestLatency', Unit: 'Milliseconds' },
              { Name: 'DynamoDbRequests', Unit: 'Count' },
              { Name: 'DynamoDbRoundTrips', Unit: 'Count' },
              { Name: 'InternalErrors', Unit: 'Count' },
              { Name: 'ColdStart', Unit: 'Count' },
            ],
          },
        ],
      },
      service: 'lxp-graphql',
      operation: 'query.cohort',
      RequestLatency: 12.35,
      DynamoDbRequests: 3,
      DynamoDbRoundTrips: 2,
      InternalErrors: 1,
      ColdStart: 1,
    });
    expect(refusal).toMatchObject({
      _aws: { CloudWatchMetrics: [{ Dimensions: [['service', 'code']], Metrics: [{ Name: 'Refusals', Unit: 'Count' }] }] },
      service: 'lxp-graphql',
      code: 'FORBIDDEN',
      Refusals: 2,
    });

    // The container's later requests are not cold starts; a request without errors publishes one line.
    const [later, ...none] = published([]);
    expect(none).toEqual([]);
    expect(later).not.toHaveProperty('ColdStart');
    expect(later).not.toHaveProperty('InternalErrors');
  });
});
