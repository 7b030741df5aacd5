import { AsyncLocalStorage } from 'node:async_hooks';

/** What is known about the request being served, wherever the code runs within it. */
export interface RequestScope {
  requestId: string;
  /** DynamoDB commands sent while serving the request, in all and by name. */
  dynamodbCalls: number;
  byCommand: Record<string, number>;
}

const storage = new AsyncLocalStorage<RequestScope>();

/** Runs `fn` as one request: its DynamoDB calls are counted and its id is known to logs and error masking. */
export function inRequestScope<T>(requestId: string, fn: () => Promise<T>): Promise<T> {
  return storage.run({ requestId, dynamodbCalls: 0, byCommand: {} }, fn);
}

export function currentRequest(): RequestScope | undefined {
  return storage.getStore();
}

/** Counts one DynamoDB command against the current request. */
export function countCall(commandName: string): void {
  const scope = storage.getStore();
  if (!scope) return;
  scope.dynamodbCalls += 1;
  scope.byCommand[commandName] = (scope.byCommand[commandName] ?? 0) + 1;
}
