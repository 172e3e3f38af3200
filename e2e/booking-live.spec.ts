import { expect, newCitizen, test } from './fixtures';

// Barão Geraldo takes one citizen per time, so a booking made elsewhere empties the time.
const day = '/book/date?company=101&category=201&type=303&region=402&unit=502';

test('times taken meanwhile disappear without a reload @js-only', async ({ page, simulator }) => {
  await page.goto(day);
  await page.getByRole('radio', { disabled: false }).nth(15).check();
  await page.getByRole('button', { name: 'Continuar' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Escolha o horário' })).toBeVisible();
  const date = new URL(page.url()).searchParams.get('date')!;
  const taken = await page
    .getByRole('radio')
    .first()
    .evaluate((el) => (el as HTMLInputElement).value);
  await page.evaluate(() => ((window as unknown as { marker: boolean }).marker = true));

  // Someone else books that time, straight through the upstream.
  const citizen = newCitizen('Outra Pessoa');
  await simulator.book({
    companyID: 101,
    unitID: 502,
    typeID: 303,
    date,
    hour: taken,
    client: { name: citizen.name, cpf: citizen.cpf, email: citizen.email, phone: '92991234567' },
  });

  // Coming back to the tab refreshes the times.
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange', { bubbles: true })));
  await expect(page.getByRole('radio', { name: new RegExp(`^${taken} `) })).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Horários atualizados' })).toBeAttached();
  expect(await page.evaluate(() => (window as unknown as { marker?: boolean }).marker)).toBe(true);
});

test('the calendar changes month without loading the page @js-only', async ({ page }) => {
  await page.goto(day);
  const month = page.getByRole('heading', { level: 2 });
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
  await page.goto(day);
  const month = page.getByRole('heading', { level: 2 });
  const first = (await month.textContent())!;
  await page.getByRole('link', { name: 'Próximo mês' }).click();
  await expect(month).not.toHaveText(first);
  await expect(page.getByRole('radio', { disabled: false }).first()).toBeVisible();
});
