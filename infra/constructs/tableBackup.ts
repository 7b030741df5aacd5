import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as backup from 'aws-cdk-lib/aws-backup';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as events from 'aws-cdk-lib/aws-events';
import type * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';

export interface TableBackupProps {
  table: dynamodb.ITable;
  /** The customer-managed key of the backup vault. */
  encryptionKey: kms.IKey;
  /**
   * How long each daily recovery point is kept.
   * @default 35 days
   */
  retentionDays?: number;
}

/**
 * An AWS Backup plan for the table, on top of its 35-day point-in-time recovery: a daily backup at 03:00 UTC
 * into a vault of this stack, encrypted with the customer-managed key, kept for `retentionDays`. The vault is
 * retained with the stack and refuses manual deletion of recovery points (they expire by the plan's lifecycle).
 */
export class TableBackup extends Construct {
  readonly vault: backup.BackupVault;
  readonly plan: backup.BackupPlan;

  constructor(scope: Construct, id: string, props: TableBackupProps) {
    super(scope, id);
    this.vault = new backup.BackupVault(this, 'Vault', {
      encryptionKey: props.encryptionKey,
      removalPolicy: RemovalPolicy.RETAIN,
      blockRecoveryPointDeletion: true,
    });
    this.plan = new backup.BackupPlan(this, 'Plan', {
      backupVault: this.vault,
      backupPlanRules: [
        new backup.BackupPlanRule({
          ruleName: 'Daily',
          scheduleExpression: events.Schedule.cron({ hour: '3', minute: '0' }),
          startWindow: Duration.hours(1),
          completionWindow: Duration.hours(8),
          deleteAfter: Duration.days(props.retentionDays ?? 35),
        }),
      ],
    });
    const selection = this.plan.addSelection('Table', { resources: [backup.BackupResource.fromDynamoDbTable(props.table)] });
    Validations.of(selection).acknowledge({
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup]',
      reason:
        "AWS Backup's own service-role policy, kept current by AWS as Backup's needs change; the role can be assumed only by backup.amazonaws.com and this selection names only the programme table.",
    });
  }
}
