import { expect, test } from '../fixtures';
import { bookElsewhere, leaseTime, refreshUntil } from '../fixtures/booking-helpers';
import { datePage, timePage, workPapers } from '../fixtures/places';

test('times taken meanwhile disappear without a reload @js-only', async ({ page, simulator }) => {
  // Barão Geraldo takes one citizen per time, so a booking made elsewhere empties the time.
  const taken = await leaseTime(simulator, workPapers, 'last');
  await page.goto(timePage(workPapers, taken.date));
  await expect(page.getByRole('heading', { level: 1, name: 'Escolha o horário' })).toBeVisible();
  await expect(page.getByRole('radio', { name: new RegExp(`^${taken.hour} `) })).toBeVisible();
  await page.evaluate(() => ((window as unknown as { marker: boolean }).marker = true));

  // Someone else books that time, straight through the upstream.
  await bookElsewhere(simulator, workPapers, taken);

  // Coming back to the tab refreshes the times: within the availability's freshness (the upstream
  // is asked again at most every AVAILABILITY_TTL_MS), a refresh no longer offers it.
  await refreshUntil(page, () =>
    expect(page.getByRole('radio', { name: new RegExp(`^${taken.hour} `) })).toHaveCount(0, { timeout: 1000 }),
  );
  await expect(page.getByRole('status').filter({ hasText: 'Horários atualizados' })).toBeAttached();
  expect(await page.evaluate(() => (window as unknown as { marker?: boolean }).marker)).toBe(true);
});

test('the calendar changes month without loading the page @js-only', async ({ page }) => {
  await page.goto(datePage(workPapers));
  const month = page.getByRole('heading', { level: 2, name: / de 20\d\d$/ });
  const first = (await month.textContent())!;
  await page.evaluate(() => ((window as unknown as { marker: boolean }).marker = true));
  await page.getByRole('link', { name: 'Próximo mês' }).click();
  await expect(month).not.toHaveText(first);
  await expect(page).toHaveURL(/month=\d{4}-\d{2}/);
  expect(await page.evaluate(() => (window as unknown as { marker?: boolean }).marker)).toBe(true);
  await page.getByRole('link', { name: 'Mês anterior' }).click();
  await expect(month).toHaveText(first);
});

test('without JavaScript the month links load the next month @no-js-only', async ({ page }) => {
  await page.goto(datePage(workPapers));
  const month = page.getByRole('heading', { level: 2, name: / de 20\d\d$/ });
  const first = (await month.textContent())!;
  await page.getByRole('link', { name: 'Próximo mês' }).click();
  await expect(month).not.toHaveText(first);
  await expect(page.getByRole('radio', { disabled: false }).first()).toBeVisible();
});
