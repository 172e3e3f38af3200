import { simulatorEnv } from './config';
import { log } from './log';
import { startSimulator } from './server';

/** `npm run simulator`: the simulator on its own, for tests and for trying the API by hand. */
async function main() {
  const options = simulatorEnv(process.env);
  const sim = await startSimulator(options);
  log.info(
    { url: sim.url, now: sim.store.now().toISOString(), stateFile: options.stateFile },
    'Tatodesk simulator listening',
  );
  const stop = () => sim.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
