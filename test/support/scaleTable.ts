// Imported first by test/api/outcomesScale.test.ts: that file's process reads and writes a table of its own
// (the configuration is read once, on first use), so the generated programme leaves the shared one alone.
process.env.TABLE_NAME = 'lxp-outcomes-scale';
