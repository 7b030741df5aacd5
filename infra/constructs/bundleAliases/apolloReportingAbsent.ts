/**
 * Stands in for `@apollo/usage-reporting-protobuf` and `@apollo/utils.usagereporting` in the function bundle.
 * They serve Apollo Studio's usage reporting and federated inline traces, which this API never sends: the
 * server disables both explicitly (functions/graphql/server.ts), and Apollo Server loads their plugins
 * lazily, so the bundle keeps only these names. Touching one anyway fails loudly rather than misreport.
 */
const absent: object = new Proxy(function absent() {}, {
  get(_, property) {
    if (property === Symbol.toPrimitive || property === 'then') return undefined;
    throw new Error(`Apollo Studio reporting is not bundled in this function (touched ${String(property)})`);
  },
  apply() {
    throw new Error('Apollo Studio reporting is not bundled in this function');
  },
  construct() {
    throw new Error('Apollo Studio reporting is not bundled in this function');
  },
});

export const Report = absent;
export const ReportHeader = absent;
export const Trace = absent;
export const google = absent;
export const usageReportingSignature = absent;
export const calculateReferencedFieldsByType = absent;
