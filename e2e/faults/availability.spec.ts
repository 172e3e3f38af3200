import type { Page } from '@playwright/test';
import { expect, newCitizen, test } from '../fixtures';
import { bookElsewhere, leaseTime, toCheckPage } from '../fixtures/booking-helpers';
import { startInstance, type Instance } from '../fixtures/instances';
import { lastPlace, timePage, type Place } from '../fixtures/places';

/**
 * Dates and hours are served from a micro-cache (AVAILABILITY_TTL_MS). Here an instance keeps them
 * for a whole minute, so that only the app's own knowledge can take a time off its pages: what it
 * has just booked, and what the upstream has just told it is taken.
 */
let instance: Instance;
test.beforeAll(async () => {
  instance = await startInstance({ AVAILABILITY_TTL_MS: '60000' });
});
test.afterAll(async () => {
  await instance?.kill();
});

const offered = (page: Page, hour: string) => page.getByRole('radio', { name: new RegExp(`^${hour} `) });
const openTimes = async (page: Page, place: Place, date: string) => {
  await page.goto(`${instance.url}${timePage(place, date)}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Escolha o horário' })).toBeVisible();
};

test('a time this app has just booked is never offered again, however fresh the cache', async ({
  page,
  browser,
  simulator,
  booking,
}) => {
  const at = await leaseTime(simulator, lastPlace, 'last');
  // The day is read, and kept, while the time is still free.
  await openTimes(page, lastPlace, at.date);
  await expect(offered(page, at.hour)).toBeVisible();
  await toCheckPage(page, newCitizen('Clara Primeira'), at, lastPlace, instance.url);
  await booking.confirm();
  await booking.protocol();

  const other = await browser.newPage();
  await openTimes(other, lastPlace, at.date);
  await expect(other.getByRole('radio').first()).toBeVisible();
  await expect(offered(other, at.hour)).toHaveCount(0);
  await other.close();
});

test('a time the upstream says is taken leaves the day at once: the citizen is not offered it again', async ({
  page,
  simulator,
  booking,
}) => {
  const at = await leaseTime(simulator, lastPlace, 'last');
  await openTimes(page, lastPlace, at.date);
  await expect(offered(page, at.hour)).toBeVisible();
  // Another channel books it: the cached day still offers it, and the citizen chooses it.
  await bookElsewhere(simulator, lastPlace, at);
  await toCheckPage(page, newCitizen('Bruno Segundo'), at, lastPlace, instance.url);
  await booking.confirm();
  // The create is refused: back at the day's times, told why, and that time is gone from them.
  await expect(page.getByRole('heading', { level: 1, name: 'Escolha o horário' })).toBeVisible();
  await expect(page.getByText(/Alguém confirmou este horário antes de você/)).toBeVisible();
  await expect(offered(page, at.hour)).toHaveCount(0);
});
