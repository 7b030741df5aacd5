import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';

export interface EncryptionKeysProps {
  /** The deployment stage, used in the keys' descriptions. */
  stage: string;
}

/**
 * The stack's customer-managed KMS keys, both with yearly rotation and retained if the stack is deleted
 * (data encrypted under a deleted key is lost):
 * - `data` protects the programme's records: the table (and its point-in-time recovery) and the backup vault;
 * - `operations` protects what operators read: log groups and the alarm topic. Its key policy lets CloudWatch
 *   Logs (for this account's log groups only) and CloudWatch alarms use it.
 *
 * Two keys so that a role able to read logs need not be able to decrypt special-category records, and the
 * other way round.
 */
export class EncryptionKeys extends Construct {
  readonly data: kms.Key;
  readonly operations: kms.Key;

  constructor(scope: Construct, id: string, props: EncryptionKeysProps) {
    super(scope, id);
    const { region, account, partition, urlSuffix } = Stack.of(this);

    this.data = new kms.Key(this, 'DataKey', {
      description: `LXP ${props.stage}: programme records (DynamoDB table, backups)`,
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
      pendingWindow: Duration.days(30),
    });

    this.operations = new kms.Key(this, 'OperationsKey', {
      description: `LXP ${props.stage}: operational data (log groups, alarm topic)`,
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
      pendingWindow: Duration.days(30),
    });
    this.operations.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'CloudWatchLogsEncryptsThisAccountsLogGroups',
        principals: [new iam.ServicePrincipal(`logs.${region}.${urlSuffix}`)],
        actions: [
          'kms:Encrypt',
          'kms:Decrypt',
          'kms:ReEncryptFrom',
          'kms:ReEncryptTo',
          'kms:GenerateDataKey',
          'kms:GenerateDataKeyWithoutPlaintext',
          'kms:DescribeKey',
        ],
        resources: ['*'],
        conditions: {
          ArnLike: { 'kms:EncryptionContext:aws:logs:arn': `arn:${partition}:logs:${region}:${account}:log-group:*` },
        },
      }),
    );
    this.operations.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'CloudWatchAlarmsPublishToTheEncryptedTopic',
        principals: [new iam.ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey'],
        resources: ['*'],
      }),
    );
  }
}
