import type { BrowserContext, Page } from '@playwright/test';
import type { SimulatorControl } from '@/simulator/control-client';
import { readPdf } from '@/test-support/pdf';
import { axeViolations, expect, newCitizen, test, type Citizen } from '../fixtures';
import { bookElsewhere, leaseTime } from '../fixtures/booking-helpers';
import { manausVehicleInspection as manaus } from '../fixtures/places';
import { lookUp } from '../fixtures/sign-in';

/** A booking made elsewhere, on a time of the test's own. */
async function booked(simulator: SimulatorControl, citizen: Citizen) {
  const time = await leaseTime(simulator, manaus);
  return { protocol: await bookElsewhere(simulator, manaus, time, citizen), ...time };
}

/** The citizen looks it up and waits for the page to say it is kept on this phone. */
async function seen(page: Page, protocol: string, citizen: Citizen) {
  await lookUp(page, protocol, citizen.cpfFormatted, citizen.email);
  await expect(page.getByRole('heading', { level: 1, name: 'Seu agendamento' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Salvo neste aparelho em' })).toContainText(
    'esta página e o comprovante abrem mesmo sem internet',
  );
}

/** The receipt as the page gets it (through the service worker, as a citizen's tap would). */
const receiptFrom = async (page: Page, protocol: string) =>
  new Uint8Array(
    await page.evaluate(async (path) => {
      const response = await fetch(path);
      if (!response.ok) throw new Error(`${response.status}`);
      return Array.from(new Uint8Array(await response.arrayBuffer()));
    }, `/appointments/${protocol}/receipt`),
  );

/** The appointment pages and receipts this browser keeps for offline use. */
const keptPages = async () =>
  (await caches.has('appointments-saved-v1'))
    ? (await (await caches.open('appointments-saved-v1')).keys()).map((request) => new URL(request.url).pathname)
    : [];

/**
 * No signal: Chromium offline for the pages, and every request of the context refused, the service
 * worker's own included (Chromium's offline emulation does not reach a worker's fetches: seen here,
 * the worker kept fetching with the context offline).
 */
async function cutNetwork(context: BrowserContext, cut: boolean) {
  await context.setOffline(cut);
  if (cut) await context.route('**/*', (route) => route.abort('internetdisconnected'));
  else await context.unrouteAll();
}

/** A page that cannot load: the browser's own error, nothing from a cache (each in a tab of its own). */
async function unreachable(context: BrowserContext, path: string) {
  const tab = await context.newPage();
  await expect(tab.goto(path)).rejects.toThrow(/net::ERR_/);
  await tab.close();
}

test.describe('the appointment offline', () => {
  test('once seen, the appointment and its receipt open with the network cut, and the booking pages do not @js-only', async ({
    page,
    context,
    simulator,
  }) => {
    const citizen = newCitizen('Rosa Sem Sinal');
    const { protocol, hour } = await booked(simulator, citizen);
    await seen(page, protocol, citizen);
    expect(await axeViolations(page)).toEqual([]);

    await cutNetwork(context, true);
    await page.goto(`/appointments/${protocol}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Seu agendamento' })).toBeVisible();
    await expect(page.getByText(protocol, { exact: true })).toBeVisible();
    await expect(page.getByText('Vistoria veicular')).toBeVisible();
    // The copy says what it is: the page as it was, with the time it was kept.
    await expect(page.getByRole('status').filter({ hasText: 'Sem conexão' })).toContainText(
      /este é o seu agendamento como estava em .*\d{4}.*\d{2}:\d{2}\. Para mudar algo, conecte-se de novo\./,
    );
    const receipt = await readPdf(await receiptFrom(page, protocol));
    expect(receipt.text).toContain(protocol);
    expect(receipt.text).toContain(`, ${hour}`);
    expect(receipt.text).toContain('Vistoria veicular');

    // Nothing that could mislead when stale is kept: no booking page, no free day, no lookup.
    await unreachable(context, '/book/category');
    await unreachable(context, '/book/date');
    await unreachable(context, '/appointments');
    await unreachable(context, '/');
  });

  test('a new lookup on the same phone forgets the appointment kept before, and "leave" forgets them all @js-only', async ({
    page,
    context,
    simulator,
  }) => {
    const first = newCitizen('Primeira Pessoa');
    const second = newCitizen('Segunda Pessoa');
    const [one, two] = [await booked(simulator, first), await booked(simulator, second)];
    await seen(page, one.protocol, first);
    await seen(page, two.protocol, second);
    expect(await page.evaluate(keptPages)).toEqual(
      expect.arrayContaining([`/appointments/${two.protocol}`, `/appointments/${two.protocol}/receipt`]),
    );
    expect((await page.evaluate(keptPages)).filter((path) => path.includes(one.protocol))).toEqual([]);

    await cutNetwork(context, true);
    await unreachable(context, `/appointments/${one.protocol}`);
    await page.goto(`/appointments/${two.protocol}`);
    await expect(page.getByText(two.protocol, { exact: true })).toBeVisible();
    await cutNetwork(context, false);

    // Online again, the first person's appointment needs its lookup again too.
    await page.goto(`/appointments/${one.protocol}`);
    await expect(page.getByRole('textbox', { name: 'Número do protocolo' })).toHaveValue(one.protocol);

    await page.goto(`/appointments/${two.protocol}`);
    await page.getByRole('button', { name: 'Sair: esquecer meus agendamentos neste aparelho' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Você saiu' })).toContainText(
      'Este aparelho não mostra mais seus agendamentos.',
    );
    // No kept page is left (the scripts of the page it lands on may be kept again: they are nobody's).
    await expect.poll(() => page.evaluate(keptPages), { timeout: 10_000 }).toEqual([]);
    await cutNetwork(context, true);
    await unreachable(context, `/appointments/${two.protocol}`);
    await cutNetwork(context, false);
    await page.goto(`/appointments/${two.protocol}`);
    await expect(page.getByRole('textbox', { name: 'Número do protocolo' })).toHaveValue(two.protocol);
  });

  test('in English, the page says it is kept, and leaving works without JavaScript too', async ({
    page,
    site,
    simulator,
  }) => {
    const citizen = newCitizen('Lee Leaving');
    const { protocol } = await booked(simulator, citizen);
    await lookUp(page, protocol, citizen.cpfFormatted, citizen.email);
    await site.switchLanguage('English');
    await expect(page.getByRole('heading', { level: 1, name: 'Your appointment' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Receipt (PDF)' })).toHaveAttribute(
      'href',
      `/appointments/${protocol}/receipt`,
    );
    if (test.info().project.name === 'js') {
      await expect(page.getByRole('status').filter({ hasText: 'Saved on this phone as of' })).toContainText(
        'this page and its receipt open even without internet',
      );
    } else {
      // Without JavaScript nothing is kept, and the page does not say it is.
      await expect(page.getByText('Saved on this phone')).toHaveCount(0);
    }
    await page.getByRole('button', { name: 'Leave: forget my appointments on this device' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'You have left' })).toContainText(
      'This device no longer shows your appointments.',
    );
    await page.goto(`/appointments/${protocol}`);
    await expect(page.getByRole('textbox', { name: 'Protocol number' })).toHaveValue(protocol);
  });
});
