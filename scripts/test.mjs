// `npm test`: every test, from a fresh clone. Unit and contract tests, a production build,
// the check that no client file carries the API key or the Tatodesk address, then the
// Playwright journeys in Debian's Chromium.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { ensureDebianPackages } from './ensure-debian.mjs';
import { BUILD_CANARY } from './build-canary.mjs';

function step(title, command, args, env = {}) {
  console.log(`\n▶ ${title}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(
    `  ${title}: ${result.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const node = process.execPath;
process.env.NEXT_TELEMETRY_DISABLED = '1';
ensureDebianPackages();
mkdirSync('reports', { recursive: true });
step('unit and contract tests (Vitest)', node, [
  'node_modules/vitest/vitest.mjs',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=reports/vitest.json',
]);
// Built as a real deployment would be, with a Tatodesk address and key the bundle check then looks for.
step('production build', node, ['node_modules/next/dist/bin/next', 'build'], BUILD_CANARY);
step('client bundle check', node, ['scripts/check-client-bundle.mjs']);
step('first-load JavaScript per route (a measure)', node, ['scripts/first-load-js.mjs']);
step('end-to-end journeys (Playwright)', node, ['node_modules/@playwright/test/cli.js', 'test']);

// One closing line for both runners, so that a reader (or CI) sees the whole count at once.
const vitest = JSON.parse(readFileSync('reports/vitest.json', 'utf8'));
const playwright = JSON.parse(readFileSync('reports/playwright.json', 'utf8')).stats;
const passed = vitest.numPassedTests + playwright.expected;
const failed = vitest.numFailedTests + playwright.unexpected + playwright.flaky;
const skipped = vitest.numPendingTests + vitest.numTodoTests + playwright.skipped;
console.log(`\nVitest: ${vitest.numPassedTests} passed; Playwright: ${playwright.expected} passed`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
if (failed > 0 || passed === 0) process.exit(1);
