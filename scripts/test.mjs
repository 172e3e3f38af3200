// `npm test`: every test, from a fresh clone. Unit and contract tests, a production build,
// the check that no client file carries the API key or the Tatodesk address, the JavaScript
// budget of every page (scripts/budget/), then the
// Playwright journeys in Debian's Chromium.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { BUILD_CANARY } from './build-canary.mjs';
import { ensureDebianPackages } from './ensure-debian.mjs';
import { playwrightCounts, vitestCounts } from './test-counts.mjs';

function step(title, command, args, env = {}) {
  console.log(`\n▶ ${title}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(
    `  ${title}: ${result.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return result.status === 0;
}

const node = process.execPath;
process.env.NEXT_TELEMETRY_DISABLED = '1';
// Every test runs in a zone that is neither UTC nor Brasília: code that reads the machine's zone
// where it means a unit's fails here, whatever the machine's own clock says.
process.env.TZ = 'Asia/Tokyo';
ensureDebianPackages();
mkdirSync('reports', { recursive: true });
for (const report of ['reports/vitest.json', 'reports/playwright.json']) rmSync(report, { force: true });
const unitOk = step('unit and contract tests (Vitest)', node, [
  'node_modules/vitest/vitest.mjs',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=reports/vitest.json',
]);
// Built as a real deployment would be, with a Tatodesk address and key the bundle check then looks for.
const built =
  step('production build', node, ['node_modules/next/dist/bin/next', 'build'], BUILD_CANARY) &&
  step('client bundle check', node, ['scripts/check-client-bundle.mjs']) &&
  step('JavaScript budget per route, beside a bare Next page', node, [
    'node_modules/tsx/dist/cli.mjs',
    'scripts/budget/check.ts',
  ]);
const e2eOk = built && step('end-to-end journeys (Playwright)', node, ['node_modules/@playwright/test/cli.js', 'test']);

// One closing line for both runners, so that a reader (or CI) sees the whole count at once. A test
// that was skipped or never ran (a runner that stopped, a project whose dependency failed) counts
// as failed: a green line means every test ran and passed.
const vitest = vitestCounts('reports/vitest.json');
const playwright = built ? playwrightCounts('reports/playwright.json') : undefined;
const line = (name, c) =>
  c
    ? `${name}: ${c.passed} passed, ${c.failed} failed, ${c.flaky} flaky, ${c.skipped} skipped or not run`
    : `${name}: did not run`;
console.log(`\n${line('Vitest', vitest)}\n${line('Playwright', playwright)}`);
const passed = (vitest?.passed ?? 0) + (playwright?.passed ?? 0);
const failedTests = [vitest, playwright].reduce((sum, c) => sum + (c ? c.failed + c.flaky + c.skipped : 0), 0);
// A step that failed with no failed test to show for it (a crash, a build error) still fails the line.
const failedSteps = [unitOk, built, e2eOk, vitest, playwright].some((ok) => !ok) && failedTests === 0 ? 1 : 0;
console.log(`${passed} passed, ${failedTests + failedSteps} failed`);
if (failedTests + failedSteps > 0 || passed === 0) process.exit(1);
