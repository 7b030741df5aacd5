/**
 * The CDK app entry (`cdk.json` runs `npx tsx infra/app.ts`). Settings come from CDK context; see
 * the README (Deploy). A bad setting stops synthesis with a list of what to fix.
 */
import { ConfigError } from './config';
import { createApp } from './createApp';

try {
  createApp().app.synth();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
