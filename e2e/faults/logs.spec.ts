import { expect, test } from '../fixtures';
import { startInstance } from '../fixtures/instances';

test.afterEach(async ({ simulator }) => {
  await simulator.clearFaults();
});

test('everything the server prints once it runs is a JSON line, its errors included, with no personal data', async ({
  request,
  simulator,
}) => {
  const instance = await startInstance({ LOG_LEVEL: 'info' });
  try {
    // Live reads are never cached: this one reaches the failing upstream.
    await simulator.fault('listSchedulingDates', { status: 503, times: 3 });
    await request.get(`${instance.url}/book/live/dates?unit=501&serviceType=302&region=401`);
    await request.get(`${instance.url}/nowhere`);
    await request.get(`${instance.url}/appointments/%E0%A4%A`);
    await request.post(`${instance.url}/staff/sign-in`, { multipart: { user: 'x', password: 'y' } });
    await expect.poll(() => instance.output()).toContain('tatodesk call failed');
  } finally {
    await instance.kill();
  }
  // Next's banner comes before the app starts; from the first line the app writes, all is JSON.
  const lines = instance.output().split('\n').filter(Boolean);
  const first = lines.findIndex((line) => line.startsWith('{'));
  expect(first).toBeGreaterThanOrEqual(0);
  for (const line of lines.slice(first)) {
    expect(() => JSON.parse(line), line).not.toThrow();
  }
  const failure = lines
    .slice(first)
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .find((l) => l.msg === 'tatodesk call failed');
  expect(failure).toMatchObject({ requestId: expect.any(String), endpoint: 'listSchedulingDates' });
  expect(instance.output()).not.toMatch(/\d{3}\.\d{3}\.\d{3}-\d{2}|52998224725/);
});
