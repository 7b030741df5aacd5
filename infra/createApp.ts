import { App, Validations, type AppProps } from 'aws-cdk-lib';
import { AwsSolutionsChecks, HIPAASecurityChecks } from 'cdk-nag';
import { readStackConfig, type StackConfig } from './config';
import { LxpStack, stackName } from './stack';

export interface LxpApp {
  app: App;
  stack: LxpStack;
  config: StackConfig;
}

/**
 * Builds the CDK app: reads and validates the context (throwing a ConfigError that lists every problem),
 * creates the stage's stack, and registers the cdk-nag AWS Solutions and HIPAA Security packs as validation
 * plugins, so synthesis fails on any finding that is not acknowledged (with a reason) where it arises.
 */
export function createApp(props: AppProps = {}): LxpApp {
  const app = new App(props);
  const config = readStackConfig((key) => app.node.tryGetContext(key) as unknown, Object.keys(app.node.getAllContext()));
  const stack = new LxpStack(app, stackName(config.stage), { config });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new HIPAASecurityChecks(app));
  return { app, stack, config };
}
