import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('./', import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: root },
      // `server-only` throws outside React's server build; in Node tests it has nothing to guard.
      { find: /^server-only$/, replacement: `${root}tests/server-only-stub.ts` },
    ],
  },
  test: {
    include: ['tests/**/*.test.ts', 'lib/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // Most files wait (on the simulator, Redis, a Sentinel failover), not compute: three at once on
    // two cores took the suite from 100 s to 46 s; the default here would be one file at a time.
    maxWorkers: 3,
  },
});
