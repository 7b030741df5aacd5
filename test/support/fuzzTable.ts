// Imported first by test/security/mutationFuzz.test.ts: that file's process uses a table of its own (the
// configuration is read once, on first use), so it can prove "nothing was written" by comparing whole scans
// while other files write to the shared table.
process.env.TABLE_NAME = 'lxp-security-fuzz';
