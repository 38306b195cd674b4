import { defineConfig } from 'vitest/config';

// Dates and charts must not depend on the machine's zone.
process.env.TZ = 'Asia/Ho_Chi_Minh';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // DuckDB for Node is a native addon: separate processes keep it out of worker threads.
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
