/**
 * The JavaScript budget, in `npm test` after the production build: builds the floor (a bare page
 * of the same Next version, scripts/bench/floor-app), measures it and every route of the product's
 * build the same way, prints each beside its budget, and fails naming every route over it. Bytes
 * from the builds, never a timing: the same figures on any machine.
 */
import { existsSync } from 'node:fs';
import { againstFloor, overMessage } from './budgets';
import { firstLoadBytes, floorBytes, kb } from './measure';

function main() {
  if (!existsSync('.next/diagnostics/route-bundle-stats.json')) {
    console.error('No production build to measure: run `npm run build` first.');
    process.exit(1);
  }
  const floor = floorBytes();
  const rows = againstFloor(firstLoadBytes(), floor);
  if (rows.length === 0) throw new Error('the build lists no route');
  console.log(`First-load JavaScript per route, gzipped, beside the floor (a bare Next page): ${kb(floor)}`);
  console.table(
    rows.map((row) => ({
      route: row.route,
      gzip: kb(row.bytes),
      '× floor': row.ratio.toFixed(3),
      budget: `× ${row.budget}`,
      '': row.over ? 'OVER' : '',
    })),
  );
  const over = rows.filter((row) => row.over);
  for (const row of over) console.error(overMessage(row, floor));
  if (over.length) process.exit(1);
}

main();
