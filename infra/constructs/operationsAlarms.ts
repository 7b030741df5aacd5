import { Duration } from 'aws-cdk-lib';
import type * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import { METRIC, METRICS_NAMESPACE, SERVICE_NAME } from '../../functions/lib/metricNames';

export interface OperationsAlarmsProps {
  stage: string;
  function: lambda.Function;
  apiStage: apigwv2.HttpStage;
  /** The key that encrypts the alarm topic (when this construct creates it). */
  topicKey: kms.IKey;
  /** @default - no subscription (subscribe to the topic output) */
  email?: string | undefined;
  /** @default - a new encrypted topic */
  topicArn?: string | undefined;
  /** @default 5 */
  errorsPer5Minutes?: number;
  /** @default 1 */
  throttlesPer5Minutes?: number;
  /** @default 3000 ms */
  p99LatencyMs?: number;
  /** @default 12 — more DynamoDB requests than any operation makes today means an N+1 crept in */
  p99DynamoDbRequests?: number;
}

const FIVE_MINUTES = Duration.minutes(5);

type AlarmOptions = Pick<cloudwatch.AlarmProps, 'metric' | 'threshold'> &
  Partial<Pick<cloudwatch.AlarmProps, 'comparisonOperator' | 'evaluationPeriods' | 'datapointsToAlarm'>> & { description: string };

/**
 * The alarms an operator needs, each notifying an SNS topic when it fires and when it clears:
 * - function errors and API 5xx responses at or above `errorsPer5Minutes` in 5 minutes;
 * - function throttles at or above `throttlesPer5Minutes` in 5 minutes (reserved concurrency or the API's
 *   throttling is too low for the load, or the function is being flooded);
 * - p99 function duration and p99 API latency above `p99LatencyMs` in 2 of 3 five-minute periods.
 * - from the function's own embedded metrics (functions/lib/metrics.ts): internal errors (including audit
 *   writes that failed, so data was withheld) at or above `errorsPer5Minutes`, and p99 DynamoDB requests per
 *   request above `p99DynamoDbRequests` in 2 of 3 periods (a query that stopped batching);
 * and a dashboard of the per-operation figures: latency, DynamoDB requests and round trips, refusals by code,
 * cold starts.
 * Missing data (no traffic) is not a breach. The topic is created encrypted and TLS-only unless an existing
 * topic is given; an email address may be subscribed.
 */
export class OperationsAlarms extends Construct {
  readonly topic: sns.ITopic;
  readonly alarms: cloudwatch.Alarm[] = [];
  readonly dashboard: cloudwatch.Dashboard;

  constructor(scope: Construct, id: string, props: OperationsAlarmsProps) {
    super(scope, id);
    this.topic = props.topicArn
      ? sns.Topic.fromTopicArn(this, 'Topic', props.topicArn)
      : new sns.Topic(this, 'Topic', { displayName: `LXP ${props.stage} alarms`, masterKey: props.topicKey, enforceSSL: true });
    if (props.email) this.topic.addSubscription(new subscriptions.EmailSubscription(props.email));

    const errors = props.errorsPer5Minutes ?? 5;
    const throttles = props.throttlesPer5Minutes ?? 1;
    const p99 = props.p99LatencyMs ?? 3000;
    const fn = props.function;

    this.add('FunctionErrors', {
      metric: fn.metricErrors({ period: FIVE_MINUTES, statistic: cloudwatch.Stats.SUM }),
      threshold: errors,
      description: `GraphQL function errors reached ${errors} in 5 minutes (unhandled exceptions, timeouts, out of memory)`,
    });
    this.add('FunctionThrottles', {
      metric: fn.metricThrottles({ period: FIVE_MINUTES, statistic: cloudwatch.Stats.SUM }),
      threshold: throttles,
      description: `GraphQL function throttled ${throttles} or more invocations in 5 minutes (reserved concurrency exhausted)`,
    });
    this.add('FunctionP99Duration', {
      metric: fn.metricDuration({ period: FIVE_MINUTES, statistic: cloudwatch.Stats.p(99) }),
      threshold: p99,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 3,
      datapointsToAlarm: 2,
      description: `GraphQL function p99 duration above ${p99} ms`,
    });
    this.add('Api5xxErrors', {
      metric: props.apiStage.metricServerError({ period: FIVE_MINUTES, statistic: cloudwatch.Stats.SUM }),
      threshold: errors,
      description: `HTTP API returned ${errors} or more 5xx responses in 5 minutes`,
    });
    const own = (metricName: string, statistic: string) =>
      new cloudwatch.Metric({
        namespace: METRICS_NAMESPACE,
        metricName,
        dimensionsMap: { service: SERVICE_NAME },
        statistic,
        period: FIVE_MINUTES,
      });
    this.add('InternalErrors', {
      metric: own(METRIC.internalErrors, cloudwatch.Stats.SUM),
      threshold: errors,
      description: `GraphQL internal errors (including audit writes that failed, so data was withheld) reached ${errors} in 5 minutes`,
    });
    const dynamoP99 = props.p99DynamoDbRequests ?? 12;
    this.add('DynamoDbRequestsP99', {
      metric: own(METRIC.dynamodbRequests, cloudwatch.Stats.p(99)),
      threshold: dynamoP99,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 3,
      datapointsToAlarm: 2,
      description: `p99 DynamoDB requests per GraphQL request above ${dynamoP99} (a query stopped batching)`,
    });

    // Per operation: SEARCH over the [service, operation] dimension set the function publishes.
    const byOperation = (metricName: string, statistic: string, label: string) =>
      new cloudwatch.MathExpression({
        expression: `SEARCH('{${METRICS_NAMESPACE},operation,service} MetricName="${metricName}" service="${SERVICE_NAME}"', '${statistic}', 300)`,
        label,
        period: FIVE_MINUTES,
      });
    const byCode = new cloudwatch.MathExpression({
      expression: `SEARCH('{${METRICS_NAMESPACE},code,service} MetricName="${METRIC.refusals}" service="${SERVICE_NAME}"', 'Sum', 300)`,
      label: 'Refusals by code',
      period: FIVE_MINUTES,
    });
    this.dashboard = new cloudwatch.Dashboard(this, 'Dashboard', {
      dashboardName: `lxp-${props.stage}-graphql`,
      widgets: [
        [
          new cloudwatch.GraphWidget({
            title: 'Request latency (ms)',
            left: [own(METRIC.latency, cloudwatch.Stats.p(50)), own(METRIC.latency, cloudwatch.Stats.p(99))],
            width: 12,
          }),
          new cloudwatch.GraphWidget({
            title: 'p99 latency by operation (ms)',
            left: [byOperation(METRIC.latency, 'p99', 'p99')],
            width: 12,
          }),
        ],
        [
          new cloudwatch.GraphWidget({
            title: 'DynamoDB requests and round trips per request',
            left: [
              own(METRIC.dynamodbRequests, cloudwatch.Stats.AVERAGE),
              own(METRIC.dynamodbRequests, cloudwatch.Stats.MAXIMUM),
              own(METRIC.dynamodbRoundTrips, cloudwatch.Stats.MAXIMUM),
            ],
            width: 12,
          }),
          new cloudwatch.GraphWidget({
            title: 'DynamoDB requests by operation (max)',
            left: [byOperation(METRIC.dynamodbRequests, 'Maximum', 'max')],
            width: 12,
          }),
        ],
        [
          new cloudwatch.GraphWidget({ title: 'Refusals by code', left: [byCode], width: 12 }),
          new cloudwatch.GraphWidget({
            title: 'Internal errors and cold starts',
            left: [own(METRIC.internalErrors, cloudwatch.Stats.SUM)],
            right: [
              new cloudwatch.Metric({
                namespace: METRICS_NAMESPACE,
                metricName: METRIC.coldStart,
                dimensionsMap: { service: SERVICE_NAME },
                statistic: cloudwatch.Stats.SUM,
                period: FIVE_MINUTES,
              }),
            ],
            width: 12,
          }),
        ],
      ],
    });

    this.add('ApiP99Latency', {
      metric: props.apiStage.metricLatency({ period: FIVE_MINUTES, statistic: cloudwatch.Stats.p(99) }),
      threshold: p99,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 3,
      datapointsToAlarm: 2,
      description: `HTTP API p99 latency above ${p99} ms`,
    });
  }

  private add(id: string, { description, ...options }: AlarmOptions): void {
    const alarm = new cloudwatch.Alarm(this, id, {
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      alarmDescription: `LXP: ${description}`,
      ...options,
    });
    const action = new actions.SnsAction(this.topic);
    alarm.addAlarmAction(action);
    alarm.addOkAction(action);
    this.alarms.push(alarm);
  }
}
