import { expect, test } from '../fixtures';
import { roomy } from '../fixtures/places';

// The browser's own refreshes are GET routes: validated, truthful, refused without a session.
test('availability refreshes answer bad parameters with 400 and staff ones without a session with 401', async ({
  request,
}) => {
  const dates = await request.get(
    `/book/live/dates?unit=${roomy.unit}&serviceType=${roomy.serviceType}&region=${roomy.region}`,
  );
  expect(dates.status()).toBe(200);
  expect(dates.headers()['cache-control']).toMatch(/max-age=\d/);
  expect(((await dates.json()) as { date: string }[]).length).toBeGreaterThan(0);
  for (const bad of [
    '/book/live/dates?unit=abc&serviceType=1',
    '/book/live/times?unit=501&serviceType=302&date=2026-13-40',
  ])
    expect((await request.get(bad)).status(), bad).toBe(400);
  // A unit that does not offer the service type (Barão Geraldo has no property-tax instalments),
  // or a unit from another region: not in the catalogue, so nothing is asked upstream.
  for (const absent of [
    '/book/live/dates?unit=502&serviceType=304&region=402',
    `/book/live/times?unit=${roomy.unit}&serviceType=${roomy.serviceType}&region=402&date=2026-12-02`,
  ])
    expect((await request.get(absent)).status(), absent).toBe(404);
  expect((await request.get('/staff/live/day?unit=501&date=2026-12-01')).status()).toBe(401);
  expect((await request.get('/staff/live/appointment?protocol=20261201000001')).status()).toBe(401);
});
