import type { Page } from '@playwright/test';
import { axeViolations, expect, newCitizen, test } from '../fixtures';
import { leaseTime } from '../fixtures/booking-helpers';
import { startInstance, startRedis } from '../fixtures/instances';
import { typeInto } from '../fixtures/journey';
import { datePage, inssRioBranco } from '../fixtures/places';

const POLL_SECONDS = 2;

/**
 * A full day at INSS Rio Branco, three people joining its waiting list on two instances that
 * share a Redis, one of them leaving; a place is given back in the simulator: exactly one notice,
 * to the first still in line, whose link shows that hour; the unit's dates read at most once per
 * period across both instances (counted in the simulator's log).
 */
test('a place that opens on a full day is told to the first in line only, with a link to its hour, at a bounded read rate', async ({
  browser,
  page,
  simulator,
}) => {
  test.setTimeout(180_000);
  const redis = await startRedis();
  const env = { REDIS_URL: redis.url, WAITLIST_POLL_SECONDS: String(POLL_SECONDS) };
  const [one, two] = await Promise.all([startInstance(env), startInstance(env)]);
  try {
    const day = (await leaseTime(simulator, inssRioBranco)).date;
    const taken = await fillDay(simulator, day);

    // The first to join (on the phone, without JavaScript) leaves again.
    const plain = await browser.newContext({ javaScriptEnabled: false, locale: 'pt-BR' });
    const leaver = await plain.newPage();
    await join(leaver, two.url, day, { phone: newCitizen().phone });
    await leaver.getByRole('button', { name: 'Sair da lista de espera' }).click();
    await expect(leaver.getByText('Você saiu da lista de espera.')).toBeVisible();
    await plain.close();

    // Then two by e-mail, one on each instance: the first of them is first in line.
    const first = newCitizen('Primeira Na Fila');
    await join(page, one.url, day, { email: first.email });
    await expect(page.getByText('Você está na fila. Ninguém está na sua frente.')).toBeVisible();
    const firstEntry = page.url().replace('?joined=1', '');
    const other = await browser.newContext({ locale: 'pt-BR' });
    const second = newCitizen('Segunda Na Fila');
    const secondPage = await other.newPage();
    await join(secondPage, two.url, day, { email: second.email });
    await expect(secondPage.getByText('Você está na fila. 1 pessoa está na sua frente.')).toBeVisible();

    // Somebody gives a place back.
    const since = Date.now();
    const before = await waitingListNotices(simulator);
    const freed = taken[0]!;
    await simulator.setStatus(freed.protocol, 'cancelled');
    await expect.poll(() => noticesTo(simulator, first.email), { timeout: 30_000 }).toHaveLength(1);
    const [notice] = await noticesTo(simulator, first.email);
    const parameters = notice!.parameters as Record<string, string>;
    // The link opens that day's times, with the hour given back free again.
    await page.goto(parameters.link!);
    await expect(page.getByRole('radio', { name: new RegExp(`^${freed.hour}`) })).toBeEnabled();
    await page.goto(firstEntry);
    await expect(page.getByText(/Avisamos em .+ que abriu uma vaga em/)).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    // More reads follow, by either instance: nobody else is told of the one place.
    await page.waitForTimeout(3 * POLL_SECONDS * 1000);
    expect(await noticesTo(simulator, first.email)).toHaveLength(1);
    expect(await noticesTo(simulator, second.email)).toEqual([]);
    expect(await waitingListNotices(simulator)).toBe(before + 1);
    const reads = (await simulator.log()).filter(
      (l) => l.endpoint === 'listSchedulingDates' && l.unitID === inssRioBranco.unit && Date.parse(l.at) >= since,
    );
    expect(reads.length).toBeGreaterThanOrEqual(2);
    expect(reads.length).toBeLessThanOrEqual(Math.floor((Date.now() - since) / (0.8 * POLL_SECONDS * 1000)) + 1);
    await other.close();
  } finally {
    await Promise.all([one.kill(), two.kill()]);
    await redis.stop();
  }
});

/** Every place of the day booked, as other channels would. */
async function fillDay(simulator: Parameters<typeof leaseTime>[0], date: string) {
  const taken: { protocol: string; hour: string }[] = [];
  for (const slot of await simulator.slots(inssRioBranco.unit, inssRioBranco.serviceType, date)) {
    for (let i = 0; i < slot.vacancies; i++) {
      const person = newCitizen('Vaga Ocupada');
      const protocol = await simulator.book({
        companyID: inssRioBranco.company,
        unitID: inssRioBranco.unit,
        attendanceTypeID: inssRioBranco.serviceType,
        date,
        hour: slot.hour,
        client: { name: person.name, cpf: person.cpf, email: person.email, phone: person.phoneDigits },
      });
      taken.push({ protocol, hour: slot.hour });
    }
  }
  return taken;
}

/** From the unit's days to the list, for that one day. */
async function join(page: Page, origin: string, day: string, contact: { email?: string; phone?: string }) {
  await page.goto(`${origin}${datePage(inssRioBranco)}`);
  await page.getByRole('link', { name: 'Avise-me se abrir uma vaga' }).click();
  await page.getByLabel('A partir de').fill(day);
  await page.getByLabel('Até').fill(day);
  if (contact.email) {
    await page.getByRole('radio', { name: 'Por e-mail' }).check();
    await typeInto(page.getByRole('textbox', { name: 'E-mail' }), contact.email);
  } else {
    await page.getByRole('radio', { name: 'Por WhatsApp ou SMS' }).check();
    await typeInto(page.getByRole('textbox', { name: 'Celular' }), contact.phone!);
    await page.getByRole('checkbox', { name: /Aceito receber neste celular/ }).check();
  }
  await page.getByRole('button', { name: 'Entrar na lista de espera' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lista de espera' })).toBeVisible();
}

const noticesTo = async (simulator: Parameters<typeof leaseTime>[0], to: string) =>
  (await simulator.notifications()).filter((n) => n.to === to && n.templateID.startsWith('waiting-list'));

const waitingListNotices = async (simulator: Parameters<typeof leaseTime>[0]) =>
  (await simulator.notifications()).filter((n) => n.templateID.startsWith('waiting-list')).length;
