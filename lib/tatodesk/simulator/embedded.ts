import { log } from '@/lib/log';
import { simulatorEnv } from './config';
import { startSimulator, type RunningSimulator } from './server';

const key = Symbol.for('tatodesk.embedded-simulator');
type Holder = { [key]?: Promise<RunningSimulator> };

/**
 * Starts the simulator inside the app's server process, once per process: Next may evaluate
 * instrumentation again on reloads in development.
 */
export function startEmbeddedSimulator(port: number): Promise<RunningSimulator> {
  const holder = globalThis as Holder;
  holder[key] ??= startSimulator({ ...simulatorEnv(process.env), port }).then((sim) => {
    log.info({ url: sim.url }, 'embedded Tatodesk simulator started: the app shows demonstration data');
    return sim;
  });
  return holder[key];
}
