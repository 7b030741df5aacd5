import { AsyncLocalStorage } from 'node:async_hooks';

/** What is known about the request being served, wherever the code runs within it. */
export interface RequestScope {
  requestId: string;
  /** DynamoDB commands sent while serving the request, in all and by name. */
  dynamodbCalls: number;
  byCommand: Record<string, number>;
  /**
   * Sequential DynamoDB round trips: commands started while none was in flight. Commands sent together
   * (a batch, or `Promise.all`) are one round trip; a command that waits for another's answer is another.
   */
  dynamodbRoundTrips: number;
  inFlight: number;
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
    { requestId, dynamodbCalls: 0, byCommand: {}, dynamodbRoundTrips: 0, inFlight: 0, readUnits: 0, writeUnits: 0, errorCodes: [] },
    fn,
  );
}

export function currentRequest(): RequestScope | undefined {
  return storage.getStore();
}

/** Counts one DynamoDB command against the current request; call the returned function when it has answered. */
export function countCall(commandName: string): () => void {
  const scope = storage.getStore();
  if (!scope) return () => undefined;
  scope.dynamodbCalls += 1;
  scope.byCommand[commandName] = (scope.byCommand[commandName] ?? 0) + 1;
  if (scope.inFlight === 0) scope.dynamodbRoundTrips += 1;
  scope.inFlight += 1;
  return () => {
    scope.inFlight -= 1;
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
