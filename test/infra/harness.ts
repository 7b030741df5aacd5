import { Validations, type CfnResource } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { CloudAssembly } from 'aws-cdk-lib/cx-api';
import { AwsSolutionsChecks, HIPAASecurityChecks, type NagPack } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, type LxpApp } from '../../infra/createApp';

/** cdk.json's context (feature flags and CLI settings), so tests synthesise exactly what `cdk synth` does. */
const CDK_JSON_CONTEXT = (
  JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8')) as { context: Record<string, unknown> }
).context;

export interface Synthesized extends LxpApp {
  template: Template;
  assembly: CloudAssembly;
  /** Removes the temporary cloud assembly directory. */
  dispose(): void;
}

/**
 * Synthesises the app as `cdk synth -c key=value …` would, with the cdk-nag packs registered (synthesis
 * throws on any unacknowledged finding). The function is bundled only when `bundle` is set: esbuild is the
 * slow part, and only the bundle tests need its output. `amend` changes the app before synthesis.
 */
export function synthesize(
  context: Record<string, unknown> = {},
  { bundle = false, amend }: { bundle?: boolean; amend?: (lxp: LxpApp) => void } = {},
): Synthesized {
  const outdir = mkdtempSync(join(tmpdir(), 'lxp-cdk-'));
  const dispose = () => rmSync(outdir, { recursive: true, force: true });
  try {
    const lxp = createApp({
      outdir,
      context: { ...CDK_JSON_CONTEXT, ...context, ...(bundle ? {} : { 'aws:cdk:bundling-stacks': [] }) },
    });
    amend?.(lxp);
    const assembly = lxp.app.synth();
    return { ...lxp, assembly, template: Template.fromStack(lxp.stack), dispose };
  } catch (error) {
    dispose();
    throw error;
  }
}

/** The one resource of a type (fails when there are none or several). */
export function only(template: Template, type: string): { Properties: Record<string, any>; [key: string]: any } {
  const found = Object.values(template.findResources(type));
  if (found.length !== 1) throw new Error(`Expected one ${type}, found ${found.length}`);
  return found[0] as { Properties: Record<string, any> };
}

export interface Acknowledgement {
  rule: string;
  /** The construct the acknowledgement is attached to (it covers the resources beneath it). */
  path: string;
  reason: string;
}

/** Every cdk-nag acknowledgement in the app, as recorded by `Validations.of(construct).acknowledge(...)`. */
export function acknowledgements(root: IConstruct): Acknowledgement[] {
  return root.node
    .findAll()
    .flatMap((construct) =>
      construct.node.metadata
        .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
        .flatMap((entry) =>
          Object.entries(entry.data as Record<string, string>).map(([id, reason]) => ({
            rule: id.replace(/^annotation::/i, ''),
            path: construct.node.path,
            reason,
          })),
        ),
    )
    .sort((a, b) => a.rule.localeCompare(b.rule) || a.path.localeCompare(b.path));
}

export interface Finding {
  rule: string;
  path: string;
}

/** The rule packs the app registers. */
export const nagPacks = (): NagPack[] => [new AwsSolutionsChecks(), new HIPAASecurityChecks()];

/**
 * The findings of the app's rule packs. With `ignoreAcknowledgements`, acknowledged findings are reported
 * too (to prove each acknowledgement still suppresses something).
 */
export function nagFindings(root: IConstruct, { ignoreAcknowledgements = false } = {}): Finding[] {
  return nagPacks().flatMap((pack) => {
    // The pack's acknowledgement check is private; shadowing it on the instance is the only way to see
    // what the acknowledgements hide.
    if (ignoreAcknowledgements) Object.assign(pack, { isAcknowledged: (_resource: CfnResource, _rule: string) => false });
    return pack
      .validateScope(root)
      .violations.flatMap((v) => v.violatingResources.map((r) => ({ rule: v.ruleName, path: r.constructPath ?? '?' })));
  });
}

/** Contexts that between them exercise every setting: the default, an OIDC test stage, a Cognito production stage. */
export const VARIANTS = {
  default: {},
  oidc: {
    stage: 'test',
    identity: 'oidc',
    oidcIssuer: 'https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0',
    oidcJwksUri: 'https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/discovery/v2.0/keys',
    oidcAudiences: 'api://lxp-platform,11111111-1111-1111-1111-111111111111',
    apiMode: 'development',
    frontEnds: '[{"name":"portal","origin":"https://lxp-test.trust.nhs.uk"}]',
    alarmTopicArn: 'arn:aws:sns:eu-west-2:123456789012:trust-ops',
    logRetentionDays: '30',
    logLevel: 'DEBUG',
    reservedConcurrency: '5',
    timeoutSeconds: '20',
    memoryMb: '512',
    throttleRateLimit: '10',
    throttleBurstLimit: '20',
    alarmErrorsPer5Minutes: '2',
    alarmThrottlesPer5Minutes: '3',
    alarmP99LatencyMs: '5000',
    backupRetentionDays: '90',
    idempotencyHours: '48',
  },
  production: {
    stage: 'prod',
    frontEnds: [
      { name: 'portal', origin: 'https://lxp.trust.nhs.uk', callbackUrls: ['https://lxp.trust.nhs.uk/auth/callback'] },
      { name: 'staff-app', origin: 'https://staff.trust.nhs.uk' },
    ],
    allowedOrigins: ['https://reports.trust.nhs.uk'],
    cognitoDomainPrefix: 'lxp-trust-prod',
    alarmEmail: 'lxp-ops@trust.nhs.uk',
  },
} satisfies Record<string, Record<string, unknown>>;
