import { AssetHashType, Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AUDIT_PARTITION_PREFIX } from '../../functions/db/table';
import type { ApiMode } from '../../functions/lib/config';
import type { LogLevel } from '../config';
import type { ProgrammeTable } from './programmeTable';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The manifest of trusted documents (`npm run documents:register`), bundled into the function. */
export const TRUSTED_DOCUMENTS_MANIFEST = `${repoRoot}functions/graphql/documents/trusted-documents.json`;
const TRUSTED_DOCUMENTS_SHA256 = createHash('sha256').update(readFileSync(TRUSTED_DOCUMENTS_MANIFEST)).digest('hex');

/** Builds the function's asset (`bundleFunction` of infra/constructs/bundleOptions.ts) in a process of its own. */
const BUNDLE_SCRIPT = fileURLToPath(new URL('./bundleGraphqlFunction.ts', import.meta.url));

/** The DynamoDB actions the data-access layer uses; nothing deletes, scans or batch-writes. */
export const TABLE_ACTIONS = {
  /** On the table only (TransactWriteItems is authorised per item as Put, Update and ConditionCheck). */
  table: ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:ConditionCheckItem'],
  /** On the table and each of its indexes. */
  tableAndIndexes: ['dynamodb:Query'],
} as const;

/** Items whose partition key starts with this are audit events, append-only. */
export { AUDIT_PARTITION_PREFIX };

export interface GraphqlFunctionProps {
  table: ProgrammeTable;
  /** The key that encrypts the table. */
  dataKey: kms.IKey;
  /** The key that encrypts the log group. */
  logKey: kms.IKey;
  /** `API_MODE` of the function. */
  apiMode: ApiMode;
  auth: {
    issuer: string;
    audiences: string[];
    rolesClaim: string;
    /** @default - the function derives `${issuer}/.well-known/jwks.json` */
    jwksUri?: string | undefined;
  };
  /** @default 10 seconds */
  timeoutSeconds?: number;
  /** @default 1024 MB */
  memoryMb?: number;
  /** @default 20 */
  reservedConcurrency?: number;
  /** @default 365 days */
  logRetentionDays?: number;
  /** @default INFO */
  logLevel?: LogLevel;
  /** @default 24 hours */
  idempotencyHours?: number;
}

/**
 * The GraphQL Lambda function: `functions/handler.ts` bundled by local esbuild with the options and file
 * replacements of infra/constructs/bundleOptions.ts (a minified, tree-shaken ES module with source maps,
 * AWS SDK included), on Node.js 22 / arm64, with active X-Ray tracing and JSON logs in its own encrypted log
 * group.
 *
 * A plain `lambda.Function` with a locally bundled asset rather than a `NodejsFunction`: that one runs the
 * esbuild command line, which takes no plugins, and the bundle needs one to leave out files that packages
 * import by relative paths (infra/constructs/bundleOptions.ts). The asset is hashed by its output, so an
 * unchanged bundle is an unchanged deployment.
 *
 * Its role is created here with one customer-managed policy and no inline policies, and is handed to the
 * function immutable so nothing adds permissions behind our back. It may:
 * - read and write items of the table with exactly the actions in {@link TABLE_ACTIONS} — on the table and on
 *   the indexes named in `TABLE` (no wildcard);
 * - never update or delete an audit item (explicit Deny on leading keys `Audit#*`, defence in depth);
 * - use the table's key only through DynamoDB (`kms:ViaService`);
 * - write to its own log group, and send traces to X-Ray.
 */
export class GraphqlFunction extends Construct {
  readonly function: lambda.Function;
  readonly role: iam.Role;
  readonly policy: iam.ManagedPolicy;
  readonly logGroup: logs.LogGroup;

  constructor(scope: Construct, id: string, props: GraphqlFunctionProps) {
    super(scope, id);
    const table = props.table.table;

    this.logGroup = new logs.LogGroup(this, 'LogGroup', {
      retention: (props.logRetentionDays ?? 365) as logs.RetentionDays,
      encryptionKey: props.logKey,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.policy = new iam.ManagedPolicy(this, 'Policy', {
      description: 'LXP GraphQL function: the table items it reads and writes, its key via DynamoDB, its logs and traces',
      statements: [
        new iam.PolicyStatement({
          sid: 'ReadAndWriteProgrammeItems',
          actions: [...TABLE_ACTIONS.table],
          resources: [table.tableArn],
        }),
        new iam.PolicyStatement({
          sid: 'QueryTableAndIndexes',
          actions: [...TABLE_ACTIONS.tableAndIndexes],
          resources: [table.tableArn, ...props.table.indexArns],
        }),
        new iam.PolicyStatement({
          sid: 'AuditEventsAreAppendOnly',
          effect: iam.Effect.DENY,
          actions: ['dynamodb:UpdateItem', 'dynamodb:DeleteItem'],
          resources: [table.tableArn],
          conditions: { 'ForAnyValue:StringLike': { 'dynamodb:LeadingKeys': [`${AUDIT_PARTITION_PREFIX}*`] } },
        }),
        new iam.PolicyStatement({
          sid: 'UseTheTableKeyThroughDynamoDB',
          actions: ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey', 'kms:DescribeKey'],
          resources: [props.dataKey.keyArn],
          conditions: { StringEquals: { 'kms:ViaService': `dynamodb.${table.stack.region}.${table.stack.urlSuffix}` } },
        }),
        new iam.PolicyStatement({
          sid: 'WriteOwnLogs',
          actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
          resources: [this.logGroup.logGroupArn],
        }),
        new iam.PolicyStatement({
          sid: 'SendTraces',
          actions: ['xray:PutTraceSegments', 'xray:PutTelemetryRecords'],
          resources: ['*'],
        }),
      ],
    });
    this.role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: 'LXP GraphQL function',
      managedPolicies: [this.policy],
    });

    const logLevel = props.logLevel ?? 'INFO';
    const environment: Record<string, string> = {
      API_MODE: props.apiMode,
      TABLE_NAME: table.tableName,
      AUTH_ISSUER: props.auth.issuer,
      AUTH_AUDIENCES: props.auth.audiences.join(','),
      AUTH_ROLES_CLAIM: props.auth.rolesClaim,
      AUTH_ALGORITHMS: 'RS256',
      IDEMPOTENCY_HOURS: String(props.idempotencyHours ?? 24),
      POWERTOOLS_SERVICE_NAME: 'lxp-graphql',
      POWERTOOLS_LOG_LEVEL: logLevel,
      NODE_OPTIONS: '--enable-source-maps',
      // The registered front-end documents are bundled with the code; their digest here makes a new
      // registration a visible configuration change of the function.
      TRUSTED_DOCUMENTS: props.apiMode === 'production' ? 'required' : 'off',
      TRUSTED_DOCUMENTS_SHA256: TRUSTED_DOCUMENTS_SHA256,
    };
    if (props.auth.jwksUri) environment.AUTH_JWKS_URI = props.auth.jwksUri;

    this.function = new lambda.Function(this, 'Function', {
      description: 'LXP Programme Platform GraphQL API',
      code: lambda.Code.fromAsset(repoRoot, {
        assetHashType: AssetHashType.OUTPUT,
        bundling: {
          // Required by the type, never used: local bundling either builds the asset or throws, so CDK never
          // falls back to Docker.
          image: lambda.Runtime.NODEJS_22_X.bundlingImage,
          local: {
            tryBundle(outputDir) {
              const build = spawnSync(process.execPath, ['--import', 'tsx', BUNDLE_SCRIPT, outputDir], {
                cwd: repoRoot,
                stdio: ['ignore', 'inherit', 'inherit'],
              });
              if (build.status !== 0) throw new Error(`Bundling the GraphQL function failed (${BUNDLE_SCRIPT}, exit ${build.status})`);
              return true;
            },
          },
        },
      }),
      handler: 'index.handler',
      runtime: lambda.Runtime.NODEJS_22_X,
      architecture: lambda.Architecture.ARM_64,
      memorySize: props.memoryMb ?? 1024,
      timeout: Duration.seconds(props.timeoutSeconds ?? 10),
      reservedConcurrentExecutions: props.reservedConcurrency ?? 20,
      role: this.role.withoutPolicyUpdates(),
      tracing: lambda.Tracing.ACTIVE,
      logGroup: this.logGroup,
      loggingFormat: lambda.LoggingFormat.JSON,
      applicationLogLevelV2: lambda.ApplicationLogLevel[logLevel],
      systemLogLevelV2: lambda.SystemLogLevel.INFO,
      environment,
    });

    Validations.of(this.policy).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'Only the X-Ray statement uses "*": xray:PutTraceSegments and xray:PutTelemetryRecords support no resource-level permissions. Every DynamoDB, KMS and Logs statement names its resources.',
    });
    Validations.of(this.function).acknowledge(
      {
        id: 'AwsSolutions-L1',
        reason:
          'Pinned on purpose to nodejs22.x, the runtime the bundle is built for (esbuild target node22) and tested on; moving to a newer runtime is a tested change, not an automatic one.',
      },
      {
        id: 'HIPAA.Security-LambdaDLQ',
        reason:
          'Invoked synchronously by API Gateway, where a dead-letter queue never receives anything, and asynchronously only by the nightly retention schedule, whose job is idempotent and catches up on everything due the next night (EventBridge retries twice within the hour). Failures raise the FunctionErrors alarm.',
      },
      {
        id: 'HIPAA.Security-LambdaInsideVPC',
        reason:
          "The function calls only AWS endpoints over TLS with IAM authentication (DynamoDB, X-Ray, CloudWatch Logs) and the token issuer's public JWKS; a VPC would add a NAT gateway for the JWKS without narrowing any data path. Access to the data is confined by IAM (this table and key only) and KMS.",
      },
    );
  }
}
