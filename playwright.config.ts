import { defineConfig, devices } from '@playwright/test';
import type { Options } from './e2e/fixtures';
import {
  appEnv,
  APP_PORT,
  APP_URL,
  E2E_NOW,
  FAULTS_SIMULATOR_PORT,
  FAULTS_SIMULATOR_URL,
  REDIS_PORT,
  SECOND_INSTANCE_PORT,
  SECOND_INSTANCE_URL,
  SERVER_TZ,
  sharedEnv,
  SIMULATOR_PORT,
  SIMULATOR_URL,
  UNCACHED_APP_PORT,
  UNCACHED_APP_URL,
  VARIANT_APP_PORT,
  VARIANT_APP_URL,
  variantEnv,
  VARIANT_SIMULATOR_PORT,
  VARIANT_SIMULATOR_URL,
} from './e2e/fixtures/env';

const chromium = {
  // Chromium's headless shell (scripts/ensure-debian.mjs installs it): the same engine as the
  // desktop browser at a third less CPU a journey.
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium-headless-shell',
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

const simulator = (port: number, url: string, variant = 'default') => ({
  command: 'node node_modules/tsx/dist/cli.mjs simulator/cli.ts',
  url: `${url}/__sim/health`,
  env: {
    TZ: SERVER_TZ,
    TATODESK_SIMULATOR_PORT: String(port),
    TATODESK_SIM_NOW: E2E_NOW,
    TATODESK_SIM_VARIANT: variant,
    LOG_LEVEL: 'warn',
  },
  reuseExistingServer: false,
  timeout: 60_000,
});
const app = (port: number, url: string, env: Record<string, string>) => ({
  command: `node node_modules/next/dist/bin/next start -p ${port} --keepAliveTimeout ${KEEP_ALIVE_MS}`,
  url,
  env,
  reuseExistingServer: false,
  // Four instances start at once on two busy cores.
  timeout: 180_000,
});

/**
 * Idle connections are kept longer than a load balancer keeps its own (60 s is usual), as the
 * product runs (package.json, the Dockerfile): a client that reuses one is never met by a reset.
 */
const KEEP_ALIVE_MS = 65_000;

export default defineConfig<Options>({
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
  // Sized for a busy 2-core machine: four servers and two browsers share it.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: APP_URL,
    locale: 'pt-BR',
    timezoneId: 'America/Sao_Paulo',
    launchOptions: chromium,
    navigationTimeout: 30_000,
    // A failed test keeps its trace: every action's DOM snapshot, the network and the console. Not
    // the screencast: measured on fifteen journeys, its frames cost a quarter of the run's CPU
    // (159 s → 119 s) on a machine the suite shares; the failure's own screenshot is kept below.
    trace: { mode: 'retain-on-failure', screenshots: false },
    screenshot: 'only-on-failure',
  },
  projects: [
    // Faults switch on for every call to their simulator, so they have one of their own and run
    // one at a time; they depend on no other project, so a failure elsewhere never skips them.
    // Listed first: their one-at-a-time tests start early and interleave with the others, instead
    // of running alone on one worker at the end while the other waits.
    {
      name: 'faults',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: chromium,
        baseURL: UNCACHED_APP_URL,
        simulatorURL: FAULTS_SIMULATOR_URL,
      },
      testMatch: /faults\/.*\.spec\.ts/,
      workers: 1,
    },
    {
      name: 'js',
      use: { ...devices['Desktop Chrome'], launchOptions: chromium },
      testIgnore: /(faults|variant)\//,
      grepInvert: /@no-js-only/,
    },
    {
      name: 'no-js',
      use: { ...devices['Pixel 7'], javaScriptEnabled: false, launchOptions: chromium },
      testIgnore: /(faults|variant)\//,
      grepInvert: /@js-only/,
    },
    // The journeys against the simulator that disagrees with us, with and without JavaScript.
    {
      name: 'variant',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: chromium,
        baseURL: VARIANT_APP_URL,
        simulatorURL: VARIANT_SIMULATOR_URL,
      },
      testMatch: /variant\/.*\.spec\.ts/,
    },
    {
      name: 'variant-no-js',
      use: {
        ...devices['Pixel 7'],
        javaScriptEnabled: false,
        launchOptions: chromium,
        baseURL: VARIANT_APP_URL,
        simulatorURL: VARIANT_SIMULATOR_URL,
      },
      testMatch: /variant\/.*\.spec\.ts/,
      grepInvert: /@js-only/,
    },
  ],
  webServer: [
    simulator(SIMULATOR_PORT, SIMULATOR_URL),
    simulator(FAULTS_SIMULATOR_PORT, FAULTS_SIMULATOR_URL),
    simulator(VARIANT_SIMULATOR_PORT, VARIANT_SIMULATOR_URL, 'other'),
    {
      command: `redis-server --port ${REDIS_PORT} --bind 127.0.0.1 --save '' --appendonly no`,
      port: REDIS_PORT,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    app(APP_PORT, APP_URL, appEnv),
    app(UNCACHED_APP_PORT, UNCACHED_APP_URL, { ...sharedEnv, CATALOGUE_TTL_SECONDS: '0', AVAILABILITY_TTL_MS: '0' }),
    app(SECOND_INSTANCE_PORT, SECOND_INSTANCE_URL, sharedEnv),
    app(VARIANT_APP_PORT, VARIANT_APP_URL, variantEnv),
  ],
});
