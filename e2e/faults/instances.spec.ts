import { expect, newCitizen, test } from '../fixtures';
import { protocolsHeldBy, answerSecondCopyQuestions, leaseTime, roomy, toCheckPage } from '../fixtures/booking-helpers';
import { SECOND_INSTANCE_URL } from '../fixtures/env';
import { startInstance, startRedis } from '../fixtures/instances';

test.afterEach(async ({ simulator }) => {
  await simulator.clearFaults();
});

test('an instance that dies after the upstream booked: the other instance finds the booking, booked once', async ({
  page,
  simulator,
}) => {
  const doomed = await startInstance();
  try {
    const citizen = newCitizen('Ivo Instância Perdida');
    const booking = await toCheckPage(page, citizen, await leaseTime(simulator, roomy, 'roomy'), roomy, doomed.url);
    // The create books, and its answer is still on its way when the instance goes down.
    await simulator.fault('createAppointment', { afterEffect: 'hang', times: 1 });
    await booking.confirm();
    await expect.poll(async () => (await protocolsHeldBy(simulator, citizen)).length).toBe(1);
    await doomed.kill();

    // The citizen tries again; the load balancer sends them to the other instance.
    const url = new URL(page.url());
    await page.goto(`${SECOND_INSTANCE_URL}${url.pathname}${url.search}`);
    await booking.confirm();
    const protocol = await booking.protocol();
    expect(await protocolsHeldBy(simulator, citizen)).toEqual([protocol]);
  } finally {
    await doomed.kill();
  }
});

test('with Redis gone mid-journey every page stays calm, nothing is booked, and the journey goes on once it is back', async ({
  page,
  simulator,
}) => {
  const redis = await startRedis();
  const instance = await startInstance({ REDIS_URL: redis.url });
  let restarted: Awaited<ReturnType<typeof startRedis>> | undefined;
  try {
    const citizen = newCitizen('Rita Redis Fora');
    const at = await leaseTime(simulator, roomy, 'roomy');
    const booking = await toCheckPage(page, citizen, at, roomy, instance.url);
    const checkUrl = page.url();
    await redis.stop();

    // The claim cannot be written: nothing is created, and the citizen is told so in plain words.
    await booking.confirm();
    await expect(page.getByRole('status')).toContainText('falha do nosso lado. Nada foi reservado');
    expect(await protocolsHeldBy(simulator, citizen)).toEqual([]);

    // Pages that need the store say so calmly; pages that only read the upstream go on.
    await page.goto(checkUrl);
    await expect(page.getByRole('heading', { level: 1, name: 'Estamos com uma instabilidade' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Tentar novamente' })).toBeVisible();
    expect((await page.goto(`${instance.url}/book/category?company=${roomy.company}`))?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1, name: 'Que tipo de serviço você procura?' })).toBeVisible();
    await page.goto(`${instance.url}/appointments`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    // Redis comes back (empty, as after a restart): the instance reconnects by itself.
    restarted = await startRedis(redis.port);
    // The draft went with the old Redis: the details are asked again, then it books, once.
    const details = page.getByRole('heading', { level: 1, name: 'Seus dados' });
    await expect
      .poll(async () => (await page.goto(checkUrl), await details.isVisible()), { timeout: 20_000 })
      .toBe(true);
    await booking.fillDetails(citizen);
    await answerSecondCopyQuestions(page);
    await booking.next();
    await booking.confirm();
    const protocol = await booking.protocol();
    expect(await protocolsHeldBy(simulator, citizen)).toEqual([protocol]);
  } finally {
    await instance.kill();
    await restarted?.stop();
    await redis.stop();
  }
});

test('a page whose every upstream call is slow answers within its deadline, not after the sum of its calls', async ({
  page,
  simulator,
}) => {
  // Deadline 4 s; the check page makes eight calls of 2.5 s each (20 s one after another).
  const instance = await startInstance({ PAGE_DEADLINE_MS: '4000', TATODESK_TIMEOUT_MS: '3000' });
  try {
    const citizen = newCitizen('Lucas Lento');
    await toCheckPage(page, citizen, await leaseTime(simulator, roomy, 'roomy'), roomy, instance.url);
    await simulator.fault('*', { latencyMs: 2500 });
    const started = Date.now();
    await page.reload();
    const took = Date.now() - started;
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // Bounded well below the sum of the calls, with room for a busy machine.
    expect(took).toBeLessThan(12_000);
  } finally {
    await instance.kill();
  }
});
