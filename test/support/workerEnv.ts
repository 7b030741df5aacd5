import { inject } from 'vitest';

// Runs in each test worker before its files: the handler reads its configuration from the environment.
Object.assign(process.env, inject('env'));
