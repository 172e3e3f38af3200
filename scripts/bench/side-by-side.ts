// Views a second of several servers' pages given the same load in turn, round after round, so that
// a machine that slows down midway weighs on each: the floor page, the floor behind a nonce
// Content-Security-Policy, and the product's pages (`npm run bench`, `npm run bench:views`).
import { viewsPerSecond } from './rush';

export type Target = { name: string; url: string; group: number };
export type Measured = {
  name: string;
  perSecond: number[];
  meanPerSecond: number;
  cpuMsPerView: number;
  errors: number;
};

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

export async function sideBySide(targets: Target[], { seconds = 10, rounds = 2 } = {}): Promise<Measured[]> {
  const runs = new Map(targets.map((target) => [target.name, [] as Awaited<ReturnType<typeof viewsPerSecond>>[]]));
  for (let round = 0; round < rounds; round++)
    for (const { name, url, group } of targets) runs.get(name)!.push(await viewsPerSecond(url, { seconds, group }));
  return targets.map(({ name }) => {
    const measured = runs.get(name)!;
    return {
      name,
      perSecond: measured.map((run) => run.perSecond),
      meanPerSecond: Math.round(mean(measured.map((run) => run.perSecond))),
      cpuMsPerView: Number(mean(measured.map((run) => run.cpuMsPerView!)).toFixed(2)),
      errors: measured.reduce((sum, run) => sum + run.errors, 0),
    };
  });
}

/** One line per target, each beside the first (the floor): views a second and CPU a view. */
export function sideBySideLines(measured: Measured[]): string[] {
  const [floor] = measured;
  return measured.map(
    (m) =>
      `${m.name}: ${m.perSecond.join(' / ')} views/s, ${m.cpuMsPerView} ms of CPU a view, ${m.errors} errors` +
      (m === floor
        ? ''
        : ` = ${(m.meanPerSecond / floor!.meanPerSecond).toFixed(2)} × the floor's views/s, ` +
          `${(floor!.cpuMsPerView / m.cpuMsPerView).toFixed(2)} × its CPU economy`),
  );
}
