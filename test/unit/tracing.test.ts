import { createSocket } from 'node:dgram';
import { describe, expect, it } from 'vitest';
import { traceDynamoDbCommand } from '../../functions/lib/tracing';

const TRACE = 'Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1';

async function daemon(): Promise<{ address: string; next: Promise<string>; close: () => void }> {
  const socket = createSocket('udp4');
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  const next = new Promise<string>((resolve) => socket.once('message', (message) => resolve(message.toString('utf8'))));
  return { address: `127.0.0.1:${socket.address().port}`, next, close: () => socket.close() };
}

describe('X-Ray subsegments for DynamoDB commands', () => {
  it('sends one subsegment per command to the daemon, under the invocation segment Lambda names', async () => {
    const xray = await daemon();
    const env = { AWS_XRAY_DAEMON_ADDRESS: xray.address, _X_AMZN_TRACE_ID: TRACE, TABLE_NAME: 'lxp-test' };
    traceDynamoDbCommand('BatchGetItemCommand', env)();
    const [header, body] = (await xray.next).split('\n');
    xray.close();
    expect(JSON.parse(header!)).toEqual({ format: 'json', version: 1 });
    expect(JSON.parse(body!)).toMatchObject({
      type: 'subsegment',
      trace_id: '1-5759e988-bd862e3fe1be46a994272793',
      parent_id: '53995c3f42cd8ad8',
      name: 'DynamoDB',
      namespace: 'aws',
      aws: { operation: 'BatchGetItem', table_name: 'lxp-test' },
    });
    expect(JSON.parse(body!).fault).toBeUndefined();
  });

  it('marks a command that failed as a fault', async () => {
    const xray = await daemon();
    traceDynamoDbCommand('QueryCommand', { AWS_XRAY_DAEMON_ADDRESS: `tcp:${xray.address} udp:${xray.address}`, _X_AMZN_TRACE_ID: TRACE })(
      true,
    );
    const body = (await xray.next).split('\n')[1]!;
    xray.close();
    expect(JSON.parse(body)).toMatchObject({ aws: { operation: 'Query' }, fault: true });
  });

  it('sends nothing for a request X-Ray did not sample: the next datagram is the sampled command', async () => {
    const xray = await daemon();
    const env = { AWS_XRAY_DAEMON_ADDRESS: xray.address, TABLE_NAME: 'lxp-test' };
    traceDynamoDbCommand('QueryCommand', { ...env, _X_AMZN_TRACE_ID: TRACE.replace('Sampled=1', 'Sampled=0') })();
    traceDynamoDbCommand('QueryCommand', env)(); // outside Lambda: no trace header
    traceDynamoDbCommand('GetItemCommand', { ...env, _X_AMZN_TRACE_ID: TRACE })();
    const body = (await xray.next).split('\n')[1]!;
    xray.close();
    expect(JSON.parse(body)).toMatchObject({ aws: { operation: 'GetItem' } });
  });
});
