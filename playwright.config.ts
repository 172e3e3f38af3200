import { defineConfig, devices } from '@playwright/test';
import { DEMO_STAFF } from './lib/env';
import {
  REDIS_PORT,
  SECOND_INSTANCE_PORT,
  SECOND_INSTANCE_URL,
  APP_PORT,
  APP_URL,
  E2E_NOW,
  SIMULATOR_PORT,
  SIMULATOR_URL,
  UNCACHED_APP_PORT,
  UNCACHED_APP_URL,
} from './e2e/fixtures/env';

const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};

const appEnv = {
  TATODESK_SIMULATOR: '1',
  TATODESK_SIMULATOR_URL: SIMULATOR_URL,
  TATODESK_TIMEOUT_MS: '3000',
  LOG_LEVEL: 'warn',
  // Each test is its own client to the lookup limiter (it sends its own X-Forwarded-For).
  TRUST_PROXY: '1',
  ATTACHMENT_MAX_FILE_MB: '1',
  NOTIFY_ATTEMPTS: '2',
  // The demonstration's front-desk account, and one per project for the sign-in limit test to lock.
  STAFF_ACCOUNTS: ['recepcao', 'limite-js', 'limite-no-js'].map((user) => `${user}=${DEMO_STAFF.hash}`).join(';'),
};

/** The instances behind the imaginary load balancer: Redis for shared state, one session secret. */
const sharedEnv = {
  ...appEnv,
  CATALOGUE_TTL_SECONDS: '0',
  REDIS_URL: `redis://127.0.0.1:${REDIS_PORT}`,
  SESSION_SECRET: 'e2e-shared-secret-of-at-least-32-characters',
};

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: [
    ['list'],
    ['json', { outputFile: 'reports/playwright.json' }],
    ['html', { open: 'never', outputFolder: 'reports/playwright-html' }],
  ],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: APP_URL,
    locale: 'pt-BR',
    timezoneId: 'America/Sao_Paulo',
    launchOptions: chromium,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'js',
      use: { ...devices['Desktop Chrome'], launchOptions: chromium },
      testIgnore: /faults\//,
      grepInvert: /@no-js-only/,
    },
    {
      name: 'no-js',
      use: { ...devices['Pixel 7'], javaScriptEnabled: false, launchOptions: chromium },
      testIgnore: /faults\//,
      grepInvert: /@js-only/,
    },
    // Faults change the shared simulator, so they run alone, after the others.
    {
      name: 'faults',
      use: { ...devices['Desktop Chrome'], launchOptions: chromium, baseURL: UNCACHED_APP_URL },
      testMatch: /faults\/.*\.spec\.ts/,
      dependencies: ['js', 'no-js'],
      workers: 1,
    },
  ],
  webServer: [
    {
      command: 'node node_modules/tsx/dist/cli.mjs lib/tatodesk/simulator/cli.ts',
      url: `${SIMULATOR_URL}/__sim/health`,
      env: { TATODESK_SIMULATOR_PORT: String(SIMULATOR_PORT), TATODESK_SIM_NOW: E2E_NOW, LOG_LEVEL: 'warn' },
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: `node node_modules/next/dist/bin/next start -p ${APP_PORT}`,
      url: APP_URL,
      env: appEnv,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `redis-server --port ${REDIS_PORT} --bind 127.0.0.1 --save '' --appendonly no`,
      port: REDIS_PORT,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: `node node_modules/next/dist/bin/next start -p ${UNCACHED_APP_PORT}`,
      url: UNCACHED_APP_URL,
      env: sharedEnv,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `node node_modules/next/dist/bin/next start -p ${SECOND_INSTANCE_PORT}`,
      url: SECOND_INSTANCE_URL,
      env: sharedEnv,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
