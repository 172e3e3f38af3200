import type { Page } from '@playwright/test';
import { expect, newCitizen, test } from '../fixtures';
import { leaseTime } from '../fixtures/booking-helpers';
import { registerWalkIn } from '../fixtures/front-desk';
import { journey, typeInto } from '../fixtures/journey';
import { staffDay, units, type Place } from '../fixtures/places';
import { lookUp, staffSignIn } from '../fixtures/sign-in';

// These run on an app whose Tatodesk is the simulator that disagrees with us
// (TATODESK_SIM_VARIANT=other: other period and status ids, ids as strings, ISO dates, lists
// reversed, 7 rows a page, unstated filters ignored), set up as its operator would from
// `npm run tatodesk:check` (TATODESK_STATUS_IDS…). The projects `variant` and `variant-no-js`.

/** Detran Shopping Via Norte: mornings, afternoons and evenings. */
const viaNorte: Place = { company: 102, category: 205, serviceType: 309, region: 404, unit: 505 };

async function bookAtViaNorte(page: Page, at: { date: string; hour: string }, citizen = newCitizen()) {
  const booking = journey(page);
  await booking.start('Detran Amazonas');
  await booking.chooseCategory('Veículos');
  await booking.chooseType('Transferência de propriedade de veículo');
  await booking.chooseUnit('Detran Shopping Via Norte');
  await booking.chooseDate(at.date);
  // The day's times under the parts of the day they fall in, whatever the account calls its periods.
  const part = at.hour < '12:00' ? 'Manhã' : at.hour < '18:00' ? 'Tarde' : 'Noite';
  await expect(page.getByRole('group', { name: part })).toBeVisible();
  await expect(page.getByText(/Matutino|Vespertino|Noturno/)).toHaveCount(0);
  await booking.chooseTime(at.hour);
  await booking.fillDetails(citizen, { whatsapp: true });
  await typeInto(page.getByRole('textbox', { name: 'Placa do veículo' }), 'ABC1D23');
  await typeInto(page.getByRole('textbox', { name: 'Renavam' }), '12345678901');
  await booking.next();
  await booking.confirm();
  return { protocol: await booking.protocol(), citizen };
}

test('a citizen books through the account’s own periods and finds the appointment again, until the unit cancels it', async ({
  page,
  browser,
  simulator,
}) => {
  const at = await leaseTime(simulator, viaNorte);
  const { protocol, citizen } = await bookAtViaNorte(page, at);
  const held = (await simulator.appointments()).find((a) => a.protocol === protocol);
  expect(held).toMatchObject({ hour: at.hour, client: { cpf: citizen.cpf } });

  // Found again in a fresh browser, as scheduled: its place can be given back.
  const context = await browser.newContext({
    locale: 'pt-BR',
    javaScriptEnabled: test.info().project.name !== 'variant-no-js',
  });
  const later = await context.newPage();
  await later.setExtraHTTPHeaders({ 'x-forwarded-for': `fd00::${Date.now().toString(16).slice(-4)}:1` });
  await lookUp(later, protocol, citizen.cpfFormatted, citizen.email);
  await expect(later.getByText(protocol)).toBeVisible();
  await expect(later.getByRole('heading', { name: 'Não vai poder ir?' })).toBeVisible();
  // The unit cancels it in Tatodesk: the account's own cancelled id is read as cancelled.
  await simulator.setStatus(protocol, 'cancelled');
  await later.reload();
  await expect(later.getByText('Situação: Cancelado')).toBeVisible();
  await expect(later.getByRole('heading', { name: 'Não vai poder ir?' })).toHaveCount(0);
  await context.close();
});

test('the unit’s day in pages of the account’s size, its counts by the account’s status ids, and “waited more than 9 minutes”', async ({
  page,
  simulator,
}) => {
  const rows = page.getByRole('table', { name: 'Atendimentos do dia' }).getByRole('row');
  await page.goto(staffDay(units.centro, '2026-12-01', { company: '101' }));
  await staffSignIn(page);
  // 14 seeded for the day, 7 to a page on this account.
  await expect(page.getByText('Página 1 de 2')).toBeVisible();
  await expect(rows).toHaveCount(8);
  const summary = page.getByRole('region', { name: 'Resumo do dia' });
  await expect(summary.getByRole('definition').first()).toHaveText('14');
  await expect(summary.getByText('Agendado')).toBeVisible();

  const today = (await simulator.appointments()).filter((a) => a.attendanceUnitID === 501 && a.date === '01/12/2026');
  // At 09:00 on the simulators' today, three have waited: 5, 10 and 22 minutes.
  const waitedLong = today.filter((a) => (a.waitingTime ?? 0) > 9).map((a) => a.protocol);
  expect(waitedLong.length).toBeGreaterThan(0);
  expect(waitedLong.length).toBeLessThan(today.length);
  await typeInto(page.getByRole('textbox', { name: 'Esperando há mais de (minutos)' }), '9');
  await page.getByRole('button', { name: 'Aplicar filtros' }).click();
  await expect(page).toHaveURL(/waiting=9/);
  await expect(rows).toHaveCount(waitedLong.length + 1);
  for (const protocol of waitedLong) await expect(rows.filter({ hasText: protocol })).toHaveCount(1);
});

test('a walk-in at the counter, then in the unit’s day by its senha', async ({ page, simulator }) => {
  const citizen = newCitizen('Walter Variante');
  const code = await registerWalkIn(page, citizen);
  const held = (await simulator.appointments()).filter((a) => a.client.cpf === citizen.cpf);
  expect(held).toHaveLength(1);
  await page.goto(staffDay(units.detranCidadeNova, held[0]!.date.split('/').reverse().join('-'), { q: code }));
  await expect(page.getByRole('row').filter({ hasText: citizen.name })).toBeVisible();
});
