// Imported first by test/api/outcomesAggregate.test.ts: that file compares the programme-wide figures with a
// full recomputation and asserts their exact changes, on a table holding only the seeded data and its own
// writes (the configuration is read once, on first use).
process.env.TABLE_NAME = 'lxp-outcomes-aggregate';
