import type { Locator, Page } from '@playwright/test';
import { expect, newCitizen, scrollsSideways, test } from '../fixtures';
import { bookElsewhere, leaseTime } from '../fixtures/booking-helpers';
import { inssRioBranco } from '../fixtures/places';
import { lookUp, staffSignIn } from '../fixtures/sign-in';

// What a phone's width (320 to 390 px) showed: a bar of three lines above the header, a notice
// that scrolled sideways, and the staff's requests table with its button off the screen.

/** The lines a list's visible items sit on: an item starts a new line below the last one's bottom. */
const linesOf = (list: Locator) =>
  list.evaluate((ul) => {
    const boxes = [...ul.children]
      .map((li) => li.getBoundingClientRect())
      .filter((box) => box.width > 1 && box.height > 1)
      .sort((a, b) => a.top - b.top);
    let lines = 0;
    let bottom = -Infinity;
    for (const box of boxes) {
      if (box.top >= bottom - 1) lines += 1;
      bottom = Math.max(bottom, box.bottom);
    }
    return lines;
  });

const bar = (page: Page) =>
  page.getByRole('navigation', { name: /^(Acessibilidade|Accessibility)$/ }).getByRole('list');

for (const width of [320, 390]) {
  test(`at ${width} px the accessibility bar is one line, in both languages, and /privacy does not scroll sideways`, async ({
    page,
    site,
  }) => {
    await page.setViewportSize({ width, height: 720 });
    for (const language of ['Português', 'English'] as const) {
      await site.openHome();
      if (language === 'English') await site.switchLanguage('English');
      expect(await linesOf(bar(page)), `${language}, home`).toBe(1);
      await page.goto('/privacy');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await linesOf(bar(page)), `${language}, /privacy`).toBe(1);
      expect(await scrollsSideways(page), `${language}, /privacy`).toBe(false);
      if (language === 'English') await site.switchLanguage('Português');
    }
  });
}

test('on a phone the bar’s keyboard shortcuts come into view when a keyboard reaches them @js-only', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 720 });
  await page.goto('/');
  const content = page.getByRole('link', { name: /^Ir para o conteúdo/ });
  await expect(content).not.toBeInViewport();
  await page.keyboard.press('Tab'); // the skip link
  await page.keyboard.press('Tab');
  await expect(content).toBeFocused();
  await expect(content).toBeInViewport();
});

test('at 320 px the staff requests table keeps every cell and its button on the screen', async ({
  page,
  simulator,
}) => {
  const citizen = newCitizen('Pedido Estreito');
  const protocol = await bookElsewhere(simulator, inssRioBranco, await leaseTime(simulator, inssRioBranco), citizen);
  await lookUp(page, protocol, citizen.cpfFormatted, citizen.email);
  await expect(page.getByRole('heading', { level: 1, name: 'Seu agendamento' })).toBeVisible();
  await page.goto(`/appointments/${protocol}/cancel`);
  await page.getByRole('button', { name: 'Pedir o cancelamento' }).click();
  await expect(page.getByText('Pedido registrado')).toBeVisible();

  await page.setViewportSize({ width: 320, height: 720 });
  await page.goto('/staff/requests');
  await staffSignIn(page);
  const row = page.getByRole('row').filter({ hasText: protocol });
  await expect(row.getByRole('cell', { name: 'Cancelamento' })).toBeVisible();
  const done = row.getByRole('button', { name: `Marcar o pedido do protocolo ${protocol} como concluído` });
  const box = (await done.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(320);
  expect(await scrollsSideways(page)).toBe(false);
});
