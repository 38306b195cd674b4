import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Dates and charts must not depend on the machine's zone.
process.env.TZ = 'Asia/Ho_Chi_Minh';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // DuckDB for Node is a native addon: separate processes keep it out of worker threads.
    pool: 'forks',
    // One file per core, not Vitest's default of one fewer: the browser files spend about half their time
    // waiting on pages (network quiet, axe), so on 2 cores two at once took the suite from 566 s to 385 s.
    maxWorkers: availableParallelism(),
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
