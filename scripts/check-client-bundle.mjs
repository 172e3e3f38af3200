// Fails when any file served to browsers (.next/static) contains the API key or the Tatodesk address.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_CANARY } from './build-canary.mjs';

const root = '.next/static';
const secrets = [
  BUILD_CANARY.TATODESK_API_KEY,
  BUILD_CANARY.TATODESK_BASE_URL,
  'tatodesk-canary.invalid',
  'demo-simulator-key',
  ...[process.env.TATODESK_API_KEY, process.env.TATODESK_BASE_URL].filter(Boolean),
];

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

let count = 0;
const leaks = [];
for (const file of files(root)) {
  count++;
  const text = readFileSync(file, 'latin1');
  for (const secret of secrets) if (text.includes(secret)) leaks.push(`${file}: ${secret.slice(0, 12)}…`);
}
if (count === 0) {
  console.error(`No files under ${root}: run the build first.`);
  process.exit(1);
}
if (leaks.length) {
  console.error(`Secrets found in client files:\n${leaks.join('\n')}`);
  process.exit(1);
}
console.log(`  ${count} client files checked: no API key, no Tatodesk address.`);
