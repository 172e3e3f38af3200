// Completes Next's standalone output (`.next/standalone`, made by `next build` with
// `output: 'standalone'`) into a folder that runs on its own with `node server.js`: the static
// files and `public/` beside the traced server. The Dockerfile and the test that starts the
// standalone server both use it, so the image runs what the test ran.
import { cpSync, existsSync } from 'node:fs';

const target = '.next/standalone';
if (!existsSync(`${target}/server.js`)) {
  console.error(
    `${target}/server.js is missing: run \`npm run build\` first (next.config.ts sets output: 'standalone').`,
  );
  process.exit(1);
}
cpSync('.next/static', `${target}/.next/static`, { recursive: true });
cpSync('public', `${target}/public`, { recursive: true });
console.log(`${target} is complete: node ${target}/server.js`);
