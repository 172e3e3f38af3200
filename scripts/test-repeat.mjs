// `npm run test:repeat -- N`: the whole Playwright suite N times against one production build,
// each run on fresh servers, then how often each test failed. A test that fails in any run is
// flaky or broken: either way, not something CI should meet by chance.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { BUILD_CANARY } from './build-canary.mjs';
import { ensureDebianPackages } from './ensure-debian.mjs';
import { playwrightCounts } from './test-counts.mjs';

const runs = Number(process.argv[2] ?? 3);
if (!Number.isInteger(runs) || runs < 1 || runs > 50) {
  console.error('Usage: npm run test:repeat -- N   (N from 1 to 50)');
  process.exit(2);
}
const node = process.execPath;
process.env.NEXT_TELEMETRY_DISABLED = '1';
process.env.TZ = 'Asia/Tokyo';
ensureDebianPackages();
mkdirSync('reports', { recursive: true });
if (!existsSync('.next/BUILD_ID')) {
  const build = spawnSync(node, ['node_modules/next/dist/bin/next', 'build'], {
    stdio: 'inherit',
    env: { ...process.env, ...BUILD_CANARY },
  });
  if (build.status !== 0) process.exit(1);
}

const failures = new Map();
const seen = new Set();
const walls = [];
for (let run = 1; run <= runs; run++) {
  rmSync('reports/playwright.json', { force: true });
  const started = Date.now();
  spawnSync(node, ['node_modules/@playwright/test/cli.js', 'test', '--reporter=dot,json'], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: 'reports/playwright.json' },
  });
  walls.push((Date.now() - started) / 1000);
  const counts = playwrightCounts('reports/playwright.json');
  if (!counts) {
    console.log(`run ${run}: no report (the runner itself failed)`);
    failures.set('(the whole run)', (failures.get('(the whole run)') ?? 0) + 1);
    continue;
  }
  for (const test of counts.tests) {
    seen.add(test.title);
    if (test.status !== 'expected') failures.set(test.title, (failures.get(test.title) ?? 0) + 1);
  }
  console.log(
    `run ${run}: ${counts.passed} passed, ${counts.failed} failed, ${counts.flaky} flaky, ` +
      `${counts.skipped} skipped or not run, in ${walls.at(-1).toFixed(0)} s`,
  );
}

console.log(`\nFailures per test over ${runs} runs (wall times: ${walls.map((w) => `${w.toFixed(0)} s`).join(', ')}):`);
for (const title of [...seen].sort()) console.log(`  ${failures.get(title) ?? 0}/${runs}  ${title}`);
if (failures.has('(the whole run)')) console.log(`  ${failures.get('(the whole run)')}/${runs}  (the whole run)`);
const failing = [...failures.values()].filter((n) => n > 0).length;
console.log(`\n${seen.size - failing} tests never failed, ${failing} failed at least once`);
if (failing > 0) process.exit(1);
