import type { Page } from '@playwright/test';
import { expect, newCitizen, test, type Citizen } from '../fixtures';
import { leaseTime } from '../fixtures/booking-helpers';
import { journey, typeInto } from '../fixtures/journey';
import { inssRioBranco, timePage } from '../fixtures/places';

/** Messages the simulator recorded for this person, by channel. */
const channelsFor = async (simulator: Parameters<typeof leaseTime>[0], protocol: string) =>
  (await simulator.notifications())
    .filter((n) => n.metadata?.protocol === protocol)
    .map((n) => n.channel)
    .sort();

/** To the details of a free time at Rio Branco, with the name and CPF typed (no contact yet). */
async function nameAndCpf(page: Page, simulator: Parameters<typeof leaseTime>[0], citizen: Citizen) {
  const at = await leaseTime(simulator, inssRioBranco);
  const booking = journey(page);
  await page.goto(timePage(inssRioBranco, at.date));
  await booking.chooseTime(at.hour);
  await typeInto(page.getByRole('textbox', { name: 'Nome completo' }), citizen.name);
  await typeInto(page.getByRole('textbox', { name: 'CPF', exact: true }), citizen.cpfFormatted);
  return booking;
}

test('one way to reach the person is enough: neither is said at the field, a phone alone books and gets only what was ticked', async ({
  page,
  simulator,
}) => {
  const citizen = newCitizen('Sebastião Sem E-mail');
  const booking = await nameAndCpf(page, simulator, citizen);
  await booking.next();
  await expect(page.getByRole('alert', { name: 'Há um problema' }).getByRole('link')).toHaveText([
    'Informe um e-mail ou um celular: ao menos um dos dois',
  ]);
  await expect(page.getByRole('textbox', { name: 'CPF', exact: true })).toHaveValue(citizen.cpfFormatted);

  // A mobile alone, with the SMS ticked and WhatsApp not.
  await typeInto(page.getByRole('textbox', { name: 'Celular' }), citizen.phone);
  await page.getByRole('checkbox', { name: /por SMS neste celular/ }).check();
  await expect(page.getByRole('checkbox', { name: /por WhatsApp neste celular/ })).not.toBeChecked();
  await booking.next();
  await expect(page.getByRole('heading', { level: 1, name: 'Confira antes de confirmar' })).toBeVisible();
  await expect(page.getByText('Não informado')).toBeVisible();
  await booking.confirm();
  const protocol = await booking.protocol();
  await expect(page.getByText(`A confirmação está sendo enviada por SMS para ${citizen.phone}.`)).toBeVisible();
  await expect.poll(() => channelsFor(simulator, protocol)).toEqual(['sms']);
  // Kept with the appointment, as Tatodesk answers, for the reminders to read.
  const held = (await simulator.appointments()).find((a) => a.protocol === protocol)!;
  expect(held.client).toMatchObject({ cpf: citizen.cpf });
});

test('an e-mail alone books, and nothing goes to a phone; with a phone and no ticks, no WhatsApp or SMS either', async ({
  page,
  simulator,
}) => {
  for (const phone of [false, true]) {
    const citizen = newCitizen(phone ? 'Joana Sem Marcar' : 'Júlia Só E-mail');
    const booking = await nameAndCpf(page, simulator, citizen);
    await typeInto(page.getByRole('textbox', { name: 'E-mail' }), citizen.email);
    if (phone) await typeInto(page.getByRole('textbox', { name: 'Celular' }), citizen.phone);
    await booking.next();
    await booking.confirm();
    const protocol = await booking.protocol();
    await expect(page.getByText(`A confirmação está sendo enviada por e-mail para ${citizen.email}.`)).toBeVisible();
    await expect.poll(() => channelsFor(simulator, protocol)).toEqual(['email']);
  }
});
