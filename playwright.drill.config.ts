import { defineConfig, devices } from '@playwright/test';
import type { Options } from './e2e/fixtures';
import { FAULTS_SIMULATOR_URL, UNCACHED_APP_URL } from './e2e/fixtures/env';
import base from './playwright.config';

/**
 * The fault drills (`npm run drill`): many citizens against two instances on one Redis while the
 * upstream loses answers, and every page timed under a slow upstream. They print figures for the
 * README and closing notes; `npm test` does not run them. Same servers as the test suite.
 */
export default defineConfig<Options>({
  ...base,
  testDir: './e2e/drill',
  testMatch: /.*\.drill\.ts/,
  timeout: 30 * 60_000,
  reporter: [['list']],
  workers: 1,
  projects: [
    {
      name: 'drill',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: base.use?.launchOptions,
        baseURL: UNCACHED_APP_URL,
        simulatorURL: FAULTS_SIMULATOR_URL,
      },
    },
  ],
});
