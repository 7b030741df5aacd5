import { Duration } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';

export interface RetentionScheduleProps {
  /** The function that runs the job (the GraphQL function: functions/handler.ts dispatches scheduled events to functions/retention.ts). */
  handler: lambda.IFunction;
  /** @default 03:00 UTC */
  hourUtc?: number;
}

/**
 * Runs the retention job (functions/services/retention.ts) every night: an EventBridge schedule invoking the
 * function with a scheduled event. The job is idempotent and catches up on anything due, so a failed night
 * is retried twice within the hour and otherwise done the next night; failures raise the function's error alarm.
 * Idempotency records need no job: DynamoDB's TTL removes them.
 */
export class RetentionSchedule extends Construct {
  readonly rule: events.Rule;

  constructor(scope: Construct, id: string, props: RetentionScheduleProps) {
    super(scope, id);
    this.rule = new events.Rule(this, 'Nightly', {
      description: 'LXP retention schedule: removes what is due (README, "Your data")',
      schedule: events.Schedule.cron({ minute: '0', hour: String(props.hourUtc ?? 3) }),
      targets: [new targets.LambdaFunction(props.handler, { retryAttempts: 2, maxEventAge: Duration.hours(1) })],
    });
  }
}
