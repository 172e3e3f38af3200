import { simulatorEnv } from './config';
import { log } from './log';
import { startSimulator, type RunningSimulator } from './server';

const key = Symbol.for('tatodesk.embedded-simulator');
type Holder = { [key]?: Promise<RunningSimulator> };

/**
 * Starts the simulator inside the app's server process, once per process: Next may evaluate
 * instrumentation again on reloads in development.
 */
export function startEmbeddedSimulator(port: number): Promise<RunningSimulator> {
  const holder = globalThis as Holder;
  holder[key] ??= startSimulator({ ...simulatorEnv(process.env), port }).then(
    (sim) => {
      log.info({ url: sim.url }, 'embedded Tatodesk simulator started: the app shows demonstration data');
      return sim;
    },
    (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EADDRINUSE') throw error;
      throw new Error(
        `Port ${port} is taken, so the embedded Tatodesk simulator cannot start. ` +
          'Set TATODESK_SIMULATOR_PORT to a free port, or TATODESK_SIMULATOR_URL to a simulator that already runs.',
      );
    },
  );
  return holder[key];
}
