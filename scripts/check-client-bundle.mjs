// Fails when any file served to browsers as built contains the API key or the Tatodesk address:
// the client bundles (.next/static) and every page the build rendered ahead, with its data (the
// HTML, RSC payloads and segments under .next/server). Pages rendered per request are read raw,
// HTML and data, by e2e/site/exposure.spec.ts against the simulator.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_CANARY } from './build-canary.mjs';

const roots = ['.next/static', '.next/server/app', '.next/server/pages'];
/** What leaves the server as it is: bundles and assets, and prerendered pages and their data. */
const served = (file) => file.startsWith('.next/static/') || /\.(html|rsc|meta|body)$/.test(file);
const secrets = [
  BUILD_CANARY.TATODESK_API_KEY,
  BUILD_CANARY.TATODESK_BASE_URL,
  'tatodesk-canary.invalid',
  'demo-simulator-key',
  ...[process.env.TATODESK_API_KEY, process.env.TATODESK_BASE_URL].filter(Boolean),
];

function* files(dir) {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

let count = 0;
let rendered = 0;
const leaks = [];
for (const file of roots.flatMap((root) => [...files(root)]).filter(served)) {
  count++;
  if (!file.startsWith('.next/static/')) rendered++;
  const text = readFileSync(file, 'latin1');
  for (const secret of secrets) if (text.includes(secret)) leaks.push(`${file}: ${secret.slice(0, 12)}…`);
}
if (count === 0) {
  console.error(`No files under ${roots[0]}: run the build first.`);
  process.exit(1);
}
if (leaks.length) {
  console.error(`Secrets found in files served as built:\n${leaks.join('\n')}`);
  process.exit(1);
}
console.log(
  `  ${count} files served as built checked (${rendered} of them prerendered pages and data): no API key, no Tatodesk address.`,
);
