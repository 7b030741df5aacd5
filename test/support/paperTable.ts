// Imported first by test/api/outcomes.test.ts: the paper's figures are checked on a table holding only the
// seeded data and that file's own writes, since other files add employments and enrolments to cohorts 1 and 2
// (the configuration is read once, on first use).
process.env.TABLE_NAME = 'lxp-outcomes-paper';
