// Prints the JavaScript each route loads first (from next build's route-bundle-stats.json),
// uncompressed and gzipped, as a phone on a slow network would download it. A measure, not a test.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const stats = JSON.parse(readFileSync('.next/diagnostics/route-bundle-stats.json', 'utf8'));
const gzipped = new Map();
const gzip = (path) => {
  if (!gzipped.has(path)) gzipped.set(path, gzipSync(readFileSync(path), { level: 9 }).length);
  return gzipped.get(path);
};
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const rows = stats
  .filter((route) => !route.route.startsWith('/_'))
  .sort((a, b) => a.route.localeCompare(b.route))
  .map((route) => ({
    route: route.route,
    uncompressed: kb(route.firstLoadUncompressedJsBytes),
    gzip: kb(route.firstLoadChunkPaths.reduce((sum, path) => sum + gzip(path), 0)),
  }));
console.log('First-load JS per route:');
console.table(rows);
