import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { againstFloor, budgetOf, overMessage, TIERS } from '@/scripts/budget/budgets';
import { firstLoadBytes } from '@/scripts/budget/measure';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A build folder as `next build` leaves it, its routes loading chunks of the given sizes (random bytes: gzip keeps them whole). */
function fakeBuild(routes: Record<string, number[]>) {
  const dir = mkdtempSync(join(tmpdir(), 'budget-'));
  made.push(dir);
  mkdirSync(join(dir, '.next/diagnostics'), { recursive: true });
  mkdirSync(join(dir, '.next/static/chunks'), { recursive: true });
  const stats = Object.entries(routes).map(([route, chunks]) => ({
    route,
    firstLoadChunkPaths: chunks.map((size, i) => {
      const path = `.next/static/chunks/${route.replace(/\W/g, '_')}-${i}.js`;
      writeFileSync(join(dir, path), randomBytes(size));
      return path;
    }),
  }));
  writeFileSync(join(dir, '.next/diagnostics/route-bundle-stats.json'), JSON.stringify(stats));
  return dir;
}

describe('the JavaScript budget', () => {
  it('fails a page over its budget, naming the route, its size, its budget and the floor', () => {
    const floor = firstLoadBytes(fakeBuild({ '/': [100_000] }))['/']!;
    const sizes = firstLoadBytes(
      fakeBuild({ '/': [100_000, 1_000], '/book/category': [100_000, 8_000], '/book/details': [100_000, 15_000] }),
    );
    const rows = againstFloor(sizes, floor);
    expect(rows.filter((r) => r.over).map((r) => r.route)).toEqual(['/book/category']);
    const over = rows.find((r) => r.over)!;
    expect(overMessage(over, floor)).toMatch(
      /^\/book\/category: 105\.\d kB of JavaScript, over its budget of 102\.\d kB \(the floor, a bare Next page, 97\.\d kB × 1\.05\)$/,
    );
  });

  it('leaves out Next’s own internal routes', () => {
    expect(Object.keys(firstLoadBytes(fakeBuild({ '/': [10], '/_not-found': [10], '/_global-error': [10] })))).toEqual([
      '/',
    ]);
  });

  it('gives every page +5%, the live pages +15% and the forms checked as one types +20%', () => {
    expect(budgetOf('/book/category')).toBe(1.05);
    expect(budgetOf('/book/date')).toBe(1.15);
    expect(budgetOf('/staff/day')).toBe(1.15);
    expect(budgetOf('/book/details')).toBe(1.2);
    expect(budgetOf('/appointments')).toBe(1.2);
  });

  it('names only routes the app has, so that a moved page is not left with a budget it no longer needs', () => {
    for (const route of TIERS.flatMap((tier) => tier.routes)) {
      expect(existsSync(join('app', route, 'page.tsx')), route).toBe(true);
    }
  });
});
