import { randomBytes } from 'node:crypto';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { typeInto } from '../fixtures/journey';

const address = () => `fd01:${randomBytes(14).toString('hex').match(/.{4}/g)!.join(':')}`;

/** Whether an answer's page shows these words (as rendered text, not inside the page's message catalogue). */
const shows = (html: string, words: string) => html.includes(`>${words}`);

/**
 * Posts a page's form many times at once, as a script would (the form's own hidden fields, other
 * values for the named ones), and returns each answer's HTML.
 */
async function burst(page: Page, formWith: string, values: (i: number) => Record<string, string>, count: number) {
  const hidden = page.locator(`form:has([name="${formWith}"]) input[type="hidden"]`);
  const fields: Record<string, string> = {};
  for (const input of await hidden.all()) {
    fields[(await input.getAttribute('name'))!] = (await input.getAttribute('value')) ?? '';
  }
  const url = page.url();
  const client = address();
  return Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const response = await page.request.post(url, {
        multipart: { ...fields, ...values(i) },
        headers: { 'x-forwarded-for': client },
      });
      return response.text();
    }),
  );
}

test('a burst of concurrent sign-ins from one client counts every attempt before any password is checked @js-only', async ({
  page,
}) => {
  await page.goto('/staff/sign-in');
  const answers = await burst(page, 'password', (i) => ({ user: `ninguem-${i}`, password: `errada-${i}` }), 26);
  const refused = answers.filter((html) => shows(html, 'Usuário ou senha incorretos.')).length;
  const limited = answers.filter((html) => shows(html, 'Muitas tentativas')).length;
  // 20 attempts per client in 15 minutes: the other 6 are refused before their password is looked at.
  expect(refused).toBe(20);
  expect(limited).toBe(6);
});

test('a burst of concurrent lookups from one client counts every guess @js-only', async ({ page }) => {
  await page.goto('/appointments');
  const answers = await burst(
    page,
    'contact',
    (i) => ({
      protocol: `209901010${String(i).padStart(5, '0')}`,
      cpf: '52998224725',
      contact: 'alguem@exemplo.com.br',
    }),
    9,
  );
  const notFound = answers.filter((html) => shows(html, 'Não encontramos um agendamento com esses dados.')).length;
  const limited = answers.filter((html) => shows(html, 'Muitas tentativas seguidas')).length;
  expect(notFound).toBe(5);
  expect(limited).toBe(4);
});

test('a client cannot pick a fresh allowance by writing its own X-Forwarded-For hop @js-only', async ({ page }) => {
  await page.goto('/appointments');
  const real = address();
  const statuses: string[] = [];
  for (let i = 0; i < 7; i++) {
    // What a client writes is on the left; the address our proxy saw is appended on the right.
    await page.setExtraHTTPHeaders({ 'x-forwarded-for': `${address()}, ${real}` });
    await page.goto('/appointments');
    await typeInto(page.getByRole('textbox', { name: 'Número do protocolo' }), `2099010200000${i}`);
    await typeInto(page.getByRole('textbox', { name: 'CPF', exact: true }), '52998224725');
    await typeInto(
      page.getByRole('textbox', { name: 'E-mail ou celular informado no agendamento' }),
      'a@exemplo.com.br',
    );
    await page.getByRole('button', { name: 'Consultar' }).click();
    const status = page.getByRole('status').filter({ hasText: /Não encontramos|Muitas tentativas/ });
    await expect(status).toBeVisible();
    statuses.push(await status.innerText());
  }
  expect(statuses.slice(0, 5).every((s) => s.startsWith('Não encontramos'))).toBe(true);
  expect(statuses.slice(5).every((s) => s.startsWith('Muitas tentativas'))).toBe(true);
});
