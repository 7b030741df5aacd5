import { AsyncLocalStorage } from 'node:async_hooks';
import { traceDynamoDbCommand } from './tracing';

/** What is known about the request being served, wherever the code runs within it. */
export interface RequestScope {
  requestId: string;
  /** DynamoDB commands sent while serving the request, in all and by name. */
  dynamodbCalls: number;
  byCommand: Record<string, number>;
  /**
   * Sequential DynamoDB round trips: the longest chain of commands each started after another had answered.
   * Commands sent together (a batch, or `Promise.all`) are one round trip; a command that waits for another's
   * answer is one more. (A command started after an unrelated one answered counts as waiting for it: an
   * upper bound, never an undercount.)
   */
  dynamodbRoundTrips: number;
  /** The deepest round trip that has answered so far. */
  answeredDepth: number;
  /** Capacity units DynamoDB reported (only where asked for, in development: see functions/db/client.ts). */
  readUnits: number;
  writeUnits: number;
  /** What was asked (`query.cohort`), once known: a bounded name for metrics, never the client's own name. */
  operation?: string;
  /** The `extensions.code` of each error in the response. */
  errorCodes: string[];
}

const storage = new AsyncLocalStorage<RequestScope>();

/** Runs `fn` as one request: its DynamoDB calls are counted and its id is known to logs and error masking. */
export function inRequestScope<T>(requestId: string, fn: () => Promise<T>): Promise<T> {
  return storage.run(
    { requestId, dynamodbCalls: 0, byCommand: {}, dynamodbRoundTrips: 0, answeredDepth: 0, readUnits: 0, writeUnits: 0, errorCodes: [] },
    fn,
  );
}

export function currentRequest(): RequestScope | undefined {
  return storage.getStore();
}

/**
 * Counts one DynamoDB command against the current request, and traces it (functions/lib/tracing.ts); call
 * the returned function when it has answered (`failed` when it threw).
 */
export function countCall(commandName: string): (failed?: boolean) => void {
  const scope = storage.getStore();
  if (!scope) return () => undefined;
  const traced = traceDynamoDbCommand(commandName);
  scope.dynamodbCalls += 1;
  scope.byCommand[commandName] = (scope.byCommand[commandName] ?? 0) + 1;
  const depth = scope.answeredDepth + 1;
  scope.dynamodbRoundTrips = Math.max(scope.dynamodbRoundTrips, depth);
  return (failed) => {
    scope.answeredDepth = Math.max(scope.answeredDepth, depth);
    traced(failed);
  };
}

type Consumed = { ReadCapacityUnits?: number; WriteCapacityUnits?: number; CapacityUnits?: number };

/** Adds the capacity a DynamoDB answer reports (`ConsumedCapacity`, one entry or one per table) to the current request. */
export function countCapacity(consumed: Consumed | Consumed[] | undefined, write: boolean): void {
  const scope = storage.getStore();
  if (!scope || !consumed) return;
  for (const c of Array.isArray(consumed) ? consumed : [consumed]) {
    if (c.ReadCapacityUnits !== undefined || c.WriteCapacityUnits !== undefined) {
      scope.readUnits += c.ReadCapacityUnits ?? 0;
      scope.writeUnits += c.WriteCapacityUnits ?? 0;
    } else if (write) scope.writeUnits += c.CapacityUnits ?? 0;
    else scope.readUnits += c.CapacityUnits ?? 0;
  }
}
