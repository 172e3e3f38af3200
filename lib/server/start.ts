import { env, EnvError, type TatodeskTarget } from '@/lib/env';
import { stampPeerAddress } from '@/lib/http/peer-address';
import { consoleAsJson } from '@/lib/ops/log';

/**
 * Runs once when a server starts: check the configuration, stamp each request with its
 * connection's address, print everything as JSON from then on, and start the simulator if it is the target.
 */
export async function startServer(): Promise<void> {
  stampPeerAddress();
  let target: TatodeskTarget;
  try {
    target = env().tatodesk;
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(`\n${error.message}\n`);
    process.exit(1);
  }
  consoleAsJson();
  if (target.mode === 'simulator' && target.embedSimulator) {
    const { startEmbeddedSimulator } = await import('@/simulator/embedded');
    await startEmbeddedSimulator(target.simulatorPort);
  }
  // Confirmation and reminder sends, delivery checks and the reminder sweep: every instance works
  // the shared queue (BullMQ with REDIS_URL), and a job runs on one of them.
  const { startAllWorkers } = await import('@/lib/server/workers');
  await startAllWorkers();
}
