// The first-load JavaScript of each route of a Next build, as `next build` lists it
// (.next/diagnostics/route-bundle-stats.json), gzipped at level 6 as a server sends it: one
// measure for the product and for the floor, so that the two figures compare.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { z } from 'zod';

const routeStats = z.array(z.object({ route: z.string(), firstLoadChunkPaths: z.array(z.string()) }));

/** Route → gzipped bytes of the JavaScript it loads first, for the build in `dir` (its `.next`). */
export function firstLoadBytes(dir = '.'): Record<string, number> {
  const stats = routeStats.parse(
    JSON.parse(readFileSync(join(dir, '.next/diagnostics/route-bundle-stats.json'), 'utf8')),
  );
  const sizes = new Map<string, number>();
  const gzipped = (path: string) => {
    if (!sizes.has(path)) sizes.set(path, gzipSync(readFileSync(join(dir, path)), { level: 6 }).length);
    return sizes.get(path)!;
  };
  return Object.fromEntries(
    stats
      .filter((route) => !route.route.startsWith('/_'))
      .map((route) => [route.route, route.firstLoadChunkPaths.reduce((sum, path) => sum + gzipped(path), 0)]),
  );
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

/** A bare Next page with one server-action form, built with the project's own Next. */
export const FLOOR_APP = 'scripts/bench/floor-app';
/** The same page behind the nonce Content-Security-Policy Next documents (the bench's server cost). */
export const FLOOR_CSP_APP = 'scripts/bench/floor-csp-app';

/** Builds the floor page, or its variant with a nonce (about ten seconds). */
export function buildFloor(app = FLOOR_APP): void {
  const built = spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build', app], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (built.status !== 0) throw new Error(`the floor page did not build (${app})`);
}

/** Builds the floor page and measures it as the product's routes are measured. */
export function floorBytes(): number {
  buildFloor();
  const floor = firstLoadBytes(FLOOR_APP)['/'];
  if (!floor) throw new Error('the floor page lists no first-load JavaScript');
  return floor;
}
