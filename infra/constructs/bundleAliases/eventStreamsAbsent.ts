/**
 * Stands in for `@smithy/core/event-streams` in the function bundle. The SDK's HTTP protocol imports it lazily
 * for operations that stream events; DynamoDB has none, so the codec never runs in this function.
 */
const absent = (): never => {
  throw new Error('AWS SDK event streams are not bundled in this function');
};

export const EventStreamSerde = absent;
export const eventStreamSerdeProvider = absent;
