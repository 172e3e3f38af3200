// `npm run bench:views -- [path…]`: the server's cost of a page beside a bare dynamic Next page,
// alone (the full bench, `npm run bench`, measures it too, with everything else). One instance of
// the app (the build in .next) on the embedded simulator, the floor page's server and the floor
// behind Next's documented nonce policy, each given the same load in turn, twice, so that a
// machine that slows down midway weighs on each. Views per second move with whatever else the
// machine does; the server's CPU time per view much less.
//
// BENCH_AGAINST=<dir>: another checkout's build (a worktree of an earlier commit, built there)
// served beside this one in the same rounds, to see what a change did on the same machine state.
import { place, startAppServer, startFloor, startSimulator } from './setup';
import { sideBySide, sideBySideLines } from './side-by-side';
import { buildFloor, FLOOR_CSP_APP } from '../budget/measure';

const paths = process.argv.slice(2).length > 0 ? process.argv.slice(2) : [`/book/category?company=${place.company}`];
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const rounds = Number(process.env.BENCH_ROUNDS ?? 2);

async function main() {
  buildFloor();
  buildFloor(FLOOR_CSP_APP);
  const simulatorUrl = await startSimulator();
  const app = await startAppServer(simulatorUrl);
  const against = process.env.BENCH_AGAINST
    ? await startAppServer(simulatorUrl, undefined, process.env.BENCH_AGAINST)
    : undefined;
  const [floor, floorCsp] = [await startFloor(), await startFloor(FLOOR_CSP_APP)];
  const targets = [
    { name: 'floor', url: `${floor.url}/`, group: floor.group },
    { name: 'floor with a nonce', url: `${floorCsp.url}/`, group: floorCsp.group },
    ...paths.flatMap((path) => [
      ...(against
        ? [{ name: `${path} (${process.env.BENCH_AGAINST})`, url: `${against.url}${path}`, group: against.group }]
        : []),
      { name: path, url: `${app.url}${path}`, group: app.group },
    ]),
  ];
  for (const line of sideBySideLines(await sideBySide(targets, { seconds, rounds }))) console.log(line);
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
