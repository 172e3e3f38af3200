import type { Page } from '@playwright/test';
import { axeViolations, expect, newCitizen, scrollsSideways, test } from '../fixtures';
import { leaseTime } from '../fixtures/booking-helpers';
import { typeInto } from '../fixtures/journey';

/** axe and a 320 px width on the page at `path`: nothing found, nothing scrolling sideways. */
async function audit(page: Page, path: string) {
  await expect(page).toHaveURL(new RegExp(`^[^?]*${path.replace(/\//g, '\\/')}(\\?|$)`));
  await expect(page.locator('h1')).toBeVisible();
  expect(await axeViolations(page), `axe on ${page.url()}`).toEqual([]);
  expect(await scrollsSideways(page), `320 px on ${page.url()}`).toBe(false);
}

for (const language of ['Português', 'English'] as const) {
  test(`every page of the journey passes axe at 320 px, in ${language} @js-only`, async ({
    page,
    site,
    simulator,
    booking,
  }) => {
    test.slow();
    const at = await leaseTime(simulator, { company: 102, category: 205, serviceType: 310, region: 404, unit: 509 });
    await page.setViewportSize({ width: 320, height: 720 });
    await site.openHome();
    if (language === 'English') await site.switchLanguage('English');
    await audit(page, '/');
    await page.getByRole('link', { name: 'Detran Amazonas' }).click();
    await audit(page, '/book/category');
    await page.getByRole('button', { name: /Continu/ }).click(); // unanswered: the error state
    await audit(page, '/book/category');
    await booking.chooseCategory('Veículos');
    await audit(page, '/book/service-type');
    await booking.chooseType('Vistoria veicular');
    await audit(page, '/book/region');
    await booking.chooseRegion('Manaus');
    await audit(page, '/book/unit');
    await booking.chooseUnit('Detran Cidade Nova');
    await audit(page, '/book/date');
    await booking.chooseDate(at.date);
    await audit(page, '/book/time');
    await booking.chooseTime(at.hour);
    await audit(page, '/book/details');
    await booking.next(); // empty details: every message
    await expect(page.getByRole('alert', { name: /Há um problema|There is a problem/ })).toBeVisible();
    await audit(page, '/book/details');
    await booking.fillDetails(newCitizen());
    await typeInto(page.getByRole('textbox', { name: /Placa do veículo/ }), 'ABC1D23');
    await booking.next();
    await audit(page, '/book/check');
    await booking.confirm();
    await booking.protocol();
    await audit(page, '/book/confirmation');
    await page.goto('/l/no-such-link');
    await audit(page, '/l/no-such-link/invalid');
  });
}
