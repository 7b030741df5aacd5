/**
 * Stands in for `loglevel` in the function bundle. Apollo Server creates a loglevel logger only when it is
 * given none; the function gives it the Powertools logger (functions/graphql/server.ts), so this is never
 * called there. Bundles built with the same options that leave Apollo's default in place (the benchmark's
 * stock Apollo Server baseline) get what that default is: the console, at INFO.
 */
const consoleLogger = {
  debug: () => {},
  info: (...args: unknown[]) => console.info(...args),
  warn: (...args: unknown[]) => console.warn(...args),
  error: (...args: unknown[]) => console.error(...args),
  setLevel: (level: number) => {
    if (level !== 2) throw new Error('Only the INFO level of loglevel is bundled in this function');
  },
};

export default { levels: { INFO: 2 }, getLogger: () => consoleLogger };
