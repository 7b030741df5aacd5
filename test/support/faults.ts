import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from '../../functions/db/client';
import { count } from './securityCounts';

/** A DynamoDB throttling error as the SDK raises it (retryable, throttling). */
export const throttling = () =>
  Object.assign(new Error('Rate of requests exceeds the allowed throughput.'), {
    name: 'ThrottlingException',
    $fault: 'client',
    $metadata: { httpStatusCode: 400 },
  });

export interface Fault {
  /** Attempts that reached the fault (every retry of the SDK passes through it). */
  attempts: number;
  /** Faults actually injected. */
  injected: number;
  remove(): void;
}

/**
 * Injects faults into this process's DynamoDB client through its middleware stack, below the SDK's retry
 * middleware, so each retry meets the fault too: `failWith` is thrown (or `respond` answers) for the first
 * `times` attempts of commands named `command`. No mock of DynamoDB: everything else reaches DynamoDB Local.
 */
export function injectFault(options: {
  command: string;
  times?: number;
  failWith?: () => Error;
  respond?: (input: Record<string, unknown>) => Record<string, unknown>;
}): Fault {
  const name = `injectFault${Math.random().toString(36).slice(2)}`;
  const fault: Fault = {
    attempts: 0,
    injected: 0,
    remove: () => db().middlewareStack.remove(name),
  };
  db().middlewareStack.add(
    (next, context) => async (args) => {
      if (context.commandName !== options.command) return next(args);
      fault.attempts += 1;
      if (fault.injected >= (options.times ?? Infinity)) return next(args);
      fault.injected += 1;
      count('faultsInjected');
      if (options.respond)
        return { output: { ...options.respond(args.input as Record<string, unknown>), $metadata: {} }, response: {} } as never;
      throw (options.failWith ?? throttling)();
    },
    // Inside the SDK's retry middleware (finalizeRequest, high priority), outside its deserializer.
    { step: 'finalizeRequest', priority: 'low', name },
  );
  return fault;
}

/** Every item in the table (small in tests): to check that a refused write left nothing behind. */
export async function scanTable(): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await db().send(new ScanCommand({ TableName: tableName(), ExclusiveStartKey: start }));
    items.push(...(out.Items ?? []));
    start = out.LastEvaluatedKey;
  } while (start);
  return items;
}

/** Counts every DynamoDB command this process sends while it is installed (e.g. to prove a request made none). */
export function countCommands(): { readonly calls: number; remove(): void } {
  const name = `countCommands${Math.random().toString(36).slice(2)}`;
  const counter = { calls: 0, remove: () => db().middlewareStack.remove(name) };
  db().middlewareStack.add(
    (next) => (args) => {
      counter.calls += 1;
      return next(args);
    },
    { step: 'initialize', name },
  );
  return counter;
}
