// What the tests need from Debian, installed on demand: Playwright cannot download its own
// browser here (it drives Debian's Chromium), and the Redis store is tested against a real server.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * The Chromium the journeys run in: Debian's build of Chromium's headless shell, the same engine
 * and version as its `chromium`, without the desktop browser's compositing, which took a third of
 * the suite's CPU (docs/testing.md). It is what Playwright itself runs for headless tests.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium-headless-shell';
/** The whole browser, for Lighthouse in `npm run bench` (scripts/bench/lighthouse.ts). */
const FULL_CHROMIUM = '/usr/bin/chromium';

const forTests = [
  { binary: CHROMIUM, pkg: 'chromium-headless-shell' },
  { binary: '/usr/bin/redis-server', pkg: 'redis-server' },
];
/** And nginx, which compresses what Lighthouse is served, as deploy/nginx.conf does (scripts/bench/nginx.ts). */
const NGINX = '/usr/sbin/nginx';
const forBench = [...forTests, { binary: FULL_CHROMIUM, pkg: 'chromium' }, { binary: NGINX, pkg: 'nginx' }];

/** Installs what is missing; `bench` adds the whole browser that Lighthouse drives, and nginx. */
export function ensureDebianPackages({ bench = false } = {}) {
  const missing = (bench ? forBench : forTests).filter((need) => !existsSync(need.binary));
  if (missing.length === 0) return;
  const asRoot = process.getuid?.() === 0 ? [] : ['sudo', '-n'];
  const run = (args) => {
    const [command, ...rest] = [...asRoot, ...args];
    execFileSync(command, rest, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  };
  const pkgs = missing.map((need) => need.pkg);
  console.log(`Installing Debian's ${pkgs.join(', ')} for the tests…`);
  try {
    run(['apt-get', 'update', '-qq']);
    run(['apt-get', 'install', '-y', '-qq', ...pkgs]);
  } catch {
    throw new Error(`Could not install ${pkgs.join(', ')}. Install them with apt-get (or set CHROMIUM_PATH).`);
  }
  for (const need of missing)
    if (!existsSync(need.binary)) throw new Error(`${need.pkg} installed, but not at ${need.binary}.`);
}

if (import.meta.url === `file://${process.argv[1]}`) ensureDebianPackages({ bench: process.argv.includes('--bench') });
