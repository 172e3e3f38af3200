// `npm run bench:views -- [path…]`: the server's cost of a page beside a bare dynamic Next page,
// alone (the full bench, `npm run bench`, measures it too, with everything else). One instance of
// the app (the build in .next) on the embedded simulator and the floor page's server, each given
// the same load in turn, twice, so that a machine that slows down midway weighs on both. Views per
// second move with whatever else the machine does; the server's CPU time per view much less.
//
// BENCH_AGAINST=<dir>: another checkout's build (a worktree of an earlier commit, built there)
// served beside this one in the same rounds, to see what a change did on the same machine state.
import { viewsPerSecond } from './rush';
import { place, startAppServer, startFloor, startSimulator } from './setup';
import { buildFloor } from '../budget/measure';

const paths = process.argv.slice(2).length > 0 ? process.argv.slice(2) : [`/book/category?company=${place.company}`];
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);

async function main() {
  buildFloor();
  const simulatorUrl = await startSimulator();
  const app = await startAppServer(simulatorUrl);
  const against = process.env.BENCH_AGAINST
    ? await startAppServer(simulatorUrl, undefined, process.env.BENCH_AGAINST)
    : undefined;
  const floor = await startFloor();
  const targets = [
    { name: 'floor', url: `${floor.url}/`, group: floor.group },
    ...paths.flatMap((path) => [
      ...(against
        ? [{ name: `${path} (${process.env.BENCH_AGAINST})`, url: `${against.url}${path}`, group: against.group }]
        : []),
      { name: path, url: `${app.url}${path}`, group: app.group },
    ]),
  ];
  const rounds = new Map(targets.map((target) => [target.name, [] as { perSecond: number; cpu: number }[]]));
  for (let round = 0; round < ROUNDS; round++)
    for (const { name, url, group } of targets) {
      const measured = await viewsPerSecond(url, { seconds, group });
      rounds.get(name)!.push({ perSecond: measured.perSecond, cpu: measured.cpuMsPerView! });
    }
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const floorRounds = rounds.get('floor')!;
  const floorViews = mean(floorRounds.map((r) => r.perSecond));
  const floorCpu = mean(floorRounds.map((r) => r.cpu));
  for (const [name, measured] of rounds) {
    const views = mean(measured.map((r) => r.perSecond));
    const cpu = mean(measured.map((r) => r.cpu));
    console.log(
      `${name}: ${measured.map((r) => r.perSecond).join(' / ')} views/s, ${cpu.toFixed(2)} ms of CPU a view` +
        (name === 'floor'
          ? ''
          : ` = ${(views / floorViews).toFixed(2)} × the floor's views/s, ${(floorCpu / cpu).toFixed(2)} × its CPU economy`),
    );
  }
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
