import { env, EnvError, type TatodeskTarget } from '@/lib/env';
import { stampPeerAddress } from '@/lib/http/peer-address';
import { consoleAsJson, log } from '@/lib/ops/log';

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
  const { nodeEnv, trustedProxies, redis } = env();
  if (nodeEnv === 'production' && trustedProxies >= 1 && !redis) {
    // Behind a balancer, instances that share nothing each show a citizen's confirmation only to
    // the requests it happens to send them: said once, plainly, at start.
    log.warn(
      { store: 'in-process', trustedProxies },
      'no shared store behind a proxy: each instance keeps its own drafts, booking keys and limits; run one instance, or set REDIS_URL or REDIS_SENTINELS',
    );
  }
  if (target.mode === 'simulator' && target.embedSimulator) {
    const { startEmbeddedSimulator } = await import('@/simulator/embedded');
    await startEmbeddedSimulator(target.simulatorPort);
  }
  // Confirmation and reminder sends, delivery checks and the reminder sweep: every instance works
  // the shared queue (BullMQ on Redis), and a job runs on one of them.
  const { startAllWorkers } = await import('@/lib/server/workers');
  await startAllWorkers();
}
