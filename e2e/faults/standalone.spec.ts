import { execFileSync } from 'node:child_process';
import { expect, newCitizen, test } from '../fixtures';
import { leaseTime, protocolsHeldBy, roomy, toCheckPage } from '../fixtures/booking-helpers';
import { startInstance } from '../fixtures/instances';

/**
 * What the container image runs (Dockerfile): the build's standalone server, completed by the
 * same script, started with `node server.js` and nothing of the project around it but its folder,
 * with the settings of an instance behind the load balancer (Redis, one secret, TRUST_PROXY).
 */
test('the standalone server starts, serves its static files and books an appointment', async ({
  page,
  request,
  simulator,
}) => {
  execFileSync('node', ['scripts/standalone.mjs'], { stdio: 'pipe' });
  const instance = await startInstance({}, { standalone: true });
  try {
    expect((await request.get(`${instance.url}/api/health`)).status()).toBe(200);
    const home = await (await request.get(`${instance.url}/`)).text();
    const script = home.match(/src="(\/_next\/static\/[^"]+\.js)"/)?.[1];
    expect(script).toBeDefined();
    expect((await request.get(`${instance.url}${script}`)).status()).toBe(200);
    expect((await request.get(`${instance.url}/icon.svg`)).status()).toBe(200);

    const citizen = newCitizen('Sofia Standalone');
    const booking = await toCheckPage(page, citizen, await leaseTime(simulator, roomy, 'roomy'), roomy, instance.url);
    await booking.confirm();
    const protocol = await booking.protocol();
    expect(await protocolsHeldBy(simulator, citizen)).toEqual([protocol]);
  } finally {
    await instance.kill();
  }
});
