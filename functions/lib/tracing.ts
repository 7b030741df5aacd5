import { randomBytes } from 'node:crypto';
import { createSocket, type Socket } from 'node:dgram';

/**
 * X-Ray subsegments for the function's DynamoDB commands, without the X-Ray SDK (and its weight in the
 * bundle): with active tracing, Lambda opens the invocation's segment and names it in `_X_AMZN_TRACE_ID`
 * (`Root=…;Parent=…;Sampled=1`), and its X-Ray daemon listens on `AWS_XRAY_DAEMON_ADDRESS`. Each command
 * becomes one subsegment under that segment, sent as the SDK sends them: one UDP datagram, after the
 * command answers. Nothing is sent when the request is not sampled or outside Lambda.
 */
let socket: Socket | undefined;

interface TraceHeader {
  root: string;
  parent: string;
}

function sampledTrace(env: NodeJS.ProcessEnv): TraceHeader | undefined {
  const fields = Object.fromEntries((env._X_AMZN_TRACE_ID ?? '').split(';').map((part) => part.split('=') as [string, string]));
  return fields.Root && fields.Parent && fields.Sampled === '1' ? { root: fields.Root, parent: fields.Parent } : undefined;
}

/** Starts timing one DynamoDB command; call the returned function when it has answered (`failed` if it threw). */
export function traceDynamoDbCommand(commandName: string, env: NodeJS.ProcessEnv = process.env): (failed?: boolean) => void {
  const daemon = env.AWS_XRAY_DAEMON_ADDRESS;
  const trace = daemon ? sampledTrace(env) : undefined;
  if (!daemon || !trace) return () => undefined;
  const startTime = Date.now() / 1000;
  return (failed = false) => {
    const subsegment = {
      type: 'subsegment',
      id: randomBytes(8).toString('hex'),
      trace_id: trace.root,
      parent_id: trace.parent,
      name: 'DynamoDB',
      namespace: 'aws',
      start_time: startTime,
      end_time: Date.now() / 1000,
      aws: { operation: commandName.replace(/Command$/, ''), table_name: env.TABLE_NAME },
      ...(failed ? { fault: true } : {}),
    };
    // `host:port`, or `tcp:host:port udp:host:port`.
    const [host, port] = (/udp:(\S+)/.exec(daemon)?.[1] ?? daemon.split(' ')[0]!).split(':');
    socket ??= createSocket('udp4').unref();
    socket.send(`{"format":"json","version":1}\n${JSON.stringify(subsegment)}`, Number(port), host);
  };
}
