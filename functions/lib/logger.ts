import { Logger } from '@aws-lambda-powertools/logger';

/** The one structured JSON logger, set up once at module scope (level from POWERTOOLS_LOG_LEVEL). */
export const logger = new Logger({ serviceName: 'lxp-graphql' });
