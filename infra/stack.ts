import { CfnOutput, Fn, Stack, Tags, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import type { StackConfig } from './config';
import { EncryptionKeys } from './constructs/encryptionKeys';
import { GraphqlFunction } from './constructs/graphqlFunction';
import { GraphqlHttpApi } from './constructs/graphqlHttpApi';
import { Identity } from './constructs/identity';
import { OperationsAlarms } from './constructs/operationsAlarms';
import { ProgrammeTable } from './constructs/programmeTable';
import { RetentionSchedule } from './constructs/retentionSchedule';
import { TableBackup } from './constructs/tableBackup';

export interface LxpStackProps extends StackProps {
  config: StackConfig;
}

/** The stack's name for a stage: one stack per stage, so several stages can share an account. */
export const stackName = (stage: string) => `LxpPlatform-${stage}`;

const pascal = (name: string) => name.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());

/**
 * One stage of the LXP Programme Platform: the table (with its keys and backups), the identity provider,
 * the GraphQL function, the HTTP API in front of it, and the alarms. Production stages get termination
 * protection. Environment-agnostic: the account and region are those of the credentials used to deploy.
 */
export class LxpStack extends Stack {
  readonly keys: EncryptionKeys;
  readonly data: ProgrammeTable;
  readonly backup: TableBackup;
  readonly identity: Identity;
  readonly graphql: GraphqlFunction;
  readonly http: GraphqlHttpApi;
  readonly alarms: OperationsAlarms;
  readonly retention: RetentionSchedule;

  constructor(scope: Construct, id: string, props: LxpStackProps) {
    const { config } = props;
    super(scope, id, {
      description: `LXP Programme Platform (${config.stage}): GraphQL API over DynamoDB with field-level authorisation`,
      terminationProtection: config.production,
      ...props,
    });
    Tags.of(this).add('Application', 'lxp-programme-platform');
    Tags.of(this).add('Stage', config.stage);

    this.keys = new EncryptionKeys(this, 'Keys', { stage: config.stage });
    this.data = new ProgrammeTable(this, 'Data', { encryptionKey: this.keys.data });
    this.backup = new TableBackup(this, 'Backup', {
      table: this.data.table,
      encryptionKey: this.keys.data,
      retentionDays: config.backupRetentionDays,
    });
    this.identity = new Identity(this, 'Identity', { stage: config.stage, identity: config.identity, frontEnds: config.frontEnds });

    this.graphql = new GraphqlFunction(this, 'Graphql', {
      table: this.data,
      dataKey: this.keys.data,
      logKey: this.keys.operations,
      apiMode: config.apiMode,
      auth: {
        issuer: this.identity.issuer,
        audiences: this.identity.audiences,
        rolesClaim: this.identity.rolesClaim,
        jwksUri: this.identity.jwksUri,
      },
      timeoutSeconds: config.timeoutSeconds,
      memoryMb: config.memoryMb,
      reservedConcurrency: config.reservedConcurrency,
      logRetentionDays: config.logRetentionDays,
      logLevel: config.logLevel,
      idempotencyHours: config.idempotencyHours,
    });

    this.retention = new RetentionSchedule(this, 'Retention', { handler: this.graphql.function });

    this.http = new GraphqlHttpApi(this, 'Http', {
      stage: config.stage,
      handler: this.graphql.function,
      issuer: this.identity.issuer,
      audiences: this.identity.audiences,
      corsOrigins: config.corsOrigins,
      logKey: this.keys.operations,
      logRetentionDays: config.logRetentionDays,
      rateLimit: config.throttle.rateLimit,
      burstLimit: config.throttle.burstLimit,
    });

    this.alarms = new OperationsAlarms(this, 'Alarms', {
      stage: config.stage,
      function: this.graphql.function,
      apiStage: this.http.stage,
      topicKey: this.keys.operations,
      email: config.alarms.email,
      topicArn: config.alarms.topicArn,
      errorsPer5Minutes: config.alarms.errorsPer5Minutes,
      throttlesPer5Minutes: config.alarms.throttlesPer5Minutes,
      p99LatencyMs: config.alarms.p99LatencyMs,
    });

    new CfnOutput(this, 'GraphqlUrl', { value: this.http.graphqlUrl, description: 'The GraphQL endpoint (POST, bearer token)' });
    new CfnOutput(this, 'Issuer', { value: this.identity.issuer, description: 'The token issuer the API trusts' });
    new CfnOutput(this, 'Audiences', { value: Fn.join(',', this.identity.audiences), description: 'Accepted audiences / app client ids' });
    new CfnOutput(this, 'TableName', { value: this.data.table.tableName });
    new CfnOutput(this, 'FunctionName', { value: this.graphql.function.functionName });
    new CfnOutput(this, 'AlarmTopicArn', { value: this.alarms.topic.topicArn, description: 'Subscribe operators here' });
    if (this.identity.userPool) {
      new CfnOutput(this, 'UserPoolId', {
        value: this.identity.userPool.userPoolId,
        description: 'Invite people and add them to role groups here',
      });
      for (const [name, client] of this.identity.clients) {
        new CfnOutput(this, `UserPoolClientId${pascal(name)}`, {
          value: client.userPoolClientId,
          description: `App client of the ${name} front end`,
        });
      }
    }
    if (this.identity.domain) {
      new CfnOutput(this, 'HostedUiBaseUrl', { value: this.identity.domain.baseUrl(), description: 'Cognito sign-in domain' });
    }
  }
}
