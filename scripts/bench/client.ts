import {
  BatchGetItemCommand,
  DynamoDBClient,
  GetItemCommand,
  QueryCommand,
  TransactWriteItemsCommand,
  BatchWriteItemCommand,
  PutItemCommand,
} from '@aws-sdk/client-dynamodb';
import type { Context as LambdaContext } from 'aws-lambda';
import { handler } from '../../functions/handler';
import { db } from '../../functions/db/client';
import { currentRequest } from '../../functions/lib/requestScope';
import { apiGatewayEvent } from '../../functions/local/apiGatewayEvent';
import { DEV_AUDIENCE, signToken } from '../../functions/local/devIssuer';
import type { LocalStack } from '../../functions/local/localStack';
import { PEOPLE, PERSONAS } from '../../functions/local/paperData';

export interface DynamoFigures {
  calls: number;
  roundTrips: number;
  byCommand: Record<string, number>;
  readUnits: number;
  writeUnits: number;
}

export interface Recorded {
  name: string;
  input: unknown;
  round: number;
}

const COMMANDS: Record<string, new (input: never) => unknown> = {
  BatchGetItemCommand,
  GetItemCommand,
  QueryCommand,
  TransactWriteItemsCommand,
  BatchWriteItemCommand,
  PutItemCommand,
};

const lambdaContext = { awsRequestId: 'bench', functionName: 'lxp-graphql-bench' } as LambdaContext;

/** The benchmark's way into the handler (in this process, as API Gateway events) and into DynamoDB directly. */
export async function client(stack: LocalStack) {
  const tokens = new Map<string, string>();
  const personOf = (who: string) => PEOPLE.find((p) => p.id === ((PERSONAS as Record<string, string>)[who] ?? who))!;
  const token = async (who: string) => {
    let t = tokens.get(who);
    if (!t) {
      const person = personOf(who);
      t = await signToken({ sub: person.id, roles: person.roles, issuer: stack.issuer, audience: DEV_AUDIENCE, expiresIn: 3600 });
      tokens.set(who, t);
    }
    return t;
  };
  const rawEvent = (query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) =>
    apiGatewayEvent({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
  const event = async (who: string, query: string, variables?: Record<string, unknown>) => ({
    event: rawEvent(query, variables, { authorization: `Bearer ${await token(who)}` }),
    viewerId: personOf(who).id,
  });

  /** One request through the handler: its time, body and DynamoDB figures (development mode exposes them). */
  const call = async (who: string, query: string, variables?: Record<string, unknown>) => {
    const { event: e } = await event(who, query, variables);
    const started = performance.now();
    const result = await handler(e, lambdaContext);
    const ms = performance.now() - started;
    const body = JSON.parse(result.body ?? '{}');
    if (result.statusCode !== 200) throw new Error(`${query} answered ${result.statusCode}: ${result.body}`);
    return { ms, body, dynamodb: body.extensions?.dynamodb as DynamoFigures };
  };

  // Records the commands the handler sends (marshalled, at the build step), with the round trip each began in.
  let recording: Recorded[] | undefined;
  db().middlewareStack.add(
    (next, context) => async (args) => {
      const scope = currentRequest();
      recording?.push({ name: String(context.commandName), input: structuredClone(args.input), round: (scope?.answeredDepth ?? 0) + 1 });
      return next(args);
    },
    { step: 'build', name: 'benchRecordCommands' },
  );
  const record = async (who: string, query: string) => {
    recording = [];
    await call(who, query);
    const out = recording;
    recording = undefined;
    return out;
  };

  const direct = new DynamoDBClient({
    region: stack.env.AWS_REGION ?? 'eu-west-2',
    endpoint: stack.dynamoDbEndpoint,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  /** Sends recorded commands straight to DynamoDB, round trip by round trip (each round's commands together). */
  const replay = async (commands: Recorded[]) => {
    const started = performance.now();
    const rounds = [...new Set(commands.map((c) => c.round))].sort((a, b) => a - b);
    for (const round of rounds) {
      await Promise.all(
        commands
          .filter((c) => c.round === round)
          .map((c) => {
            const Command = COMMANDS[c.name];
            if (!Command) throw new Error(`cannot replay ${c.name}`);
            return direct.send(new Command(structuredClone(c.input) as never) as never);
          }),
      );
    }
    return performance.now() - started;
  };

  return { token, event, rawEvent, call, record, replay };
}
