// Playwright cannot download its own browser here: it drives Debian's Chromium, installed on demand.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  const asRoot = process.getuid?.() === 0 ? [] : ['sudo', '-n'];
  const run = (args) => {
    const [command, ...rest] = [...asRoot, ...args];
    execFileSync(command, rest, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  };
  console.log(`Chromium is missing at ${CHROMIUM}: installing Debian's chromium package…`);
  try {
    run(['apt-get', 'update', '-qq']);
    run(['apt-get', 'install', '-y', '-qq', 'chromium']);
  } catch {
    throw new Error(
      "Could not install Debian's chromium. Install it (apt-get install -y chromium) or set CHROMIUM_PATH.",
    );
  }
  if (!existsSync(CHROMIUM)) throw new Error(`chromium installed, but not at ${CHROMIUM}; set CHROMIUM_PATH.`);
}

if (import.meta.url === `file://${process.argv[1]}`) ensureChromium();
