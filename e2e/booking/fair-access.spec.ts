import { expect, newCitizen, test } from '../fixtures';
import { leaseTime, roomy, toCheckPage } from '../fixtures/booking-helpers';
import { inssRioBranco, timePage } from '../fixtures/places';
import { staffSignIn } from '../fixtures/sign-in';

test('one active appointment per person and service: told with a link; another service goes; a cancelled one frees it', async ({
  page,
  simulator,
  booking,
}) => {
  const citizen = newCitizen('Hermes Acumulador');
  const first = await toCheckPage(page, citizen, await leaseTime(simulator, roomy), roomy);
  await expect(page.getByText(/Cada pessoa \(CPF\) pode ter um agendamento ativo de .+ por vez\./)).toBeVisible();
  await first.confirm();
  const held = await first.protocol();

  // The same service again, another time, by someone who knows only the CPF: nothing is booked, the
  // page tells no protocol, and the one held is sent again to the contact on file, not to whoever typed.
  const stranger = { ...newCitizen('Estranho Com O Cpf'), cpf: citizen.cpf, cpfFormatted: citizen.cpfFormatted };
  const again = await toCheckPage(page, stranger, await leaseTime(simulator, roomy), roomy);
  await again.confirm();
  await expect(page.getByRole('status')).toContainText('Você já tem um agendamento ativo para este serviço');
  await expect(page.getByRole('status')).toContainText('Enviamos de novo o número do protocolo');
  expect(await page.content()).not.toContain(held);
  await expect(page.getByRole('link', { name: 'consultar o agendamento' })).toHaveAttribute('href', '/appointments');
  expect((await simulator.appointments()).filter((a) => a.client.cpf === citizen.cpf)).toHaveLength(1);
  const sentAgain = async () =>
    (await simulator.notifications()).filter(
      (n) => n.metadata?.protocol === held && n.metadata.kind?.startsWith('resend-'),
    );
  await expect.poll(async () => (await sentAgain()).map((n) => n.to)).toEqual([citizen.email]);
  expect((await simulator.notifications()).filter((n) => n.to === stranger.email)).toEqual([]);

  // Another service: allowed.
  const at = await leaseTime(simulator, inssRioBranco);
  await page.goto(timePage(inssRioBranco, at.date));
  await booking.chooseTime(at.hour);
  await booking.fillDetails(citizen);
  await booking.next();
  await booking.confirm();
  await booking.protocol();

  // The unit cancels the first in Tatodesk: the person may book that service again.
  await simulator.setStatus(held, 'cancelled');
  const after = await toCheckPage(page, citizen, await leaseTime(simulator, roomy), roomy);
  await after.confirm();
  expect(await after.protocol()).not.toBe(held);
});

test('staff booking for a caller are not held by the limit', async ({ page, simulator }) => {
  const citizen = newCitizen('Irene Duas Vezes');
  const mine = await toCheckPage(page, citizen, await leaseTime(simulator, roomy), roomy);
  await mine.confirm();
  await mine.protocol();
  await page.goto('/staff/book');
  await staffSignIn(page);
  await page.getByRole('button', { name: 'Começar o agendamento' }).click();
  // The desk's mode is on once its banner shows: going on before would cut the action short.
  await expect(page.getByText('Agendando para um cidadão, como recepcao.')).toBeVisible();
  const desk = await toCheckPage(page, citizen, await leaseTime(simulator, roomy), roomy);
  await expect(page.getByText(/Cada pessoa \(CPF\) pode ter/)).toHaveCount(0);
  await desk.confirm();
  await desk.protocol();
  expect((await simulator.appointments()).filter((a) => a.client.cpf === citizen.cpf)).toHaveLength(2);
});

test('a script that fills the field no person sees is slowed, and nothing is booked @js-only', async ({
  page,
  simulator,
}) => {
  const citizen = newCitizen('Robô Preenche Tudo');
  const booking = await toCheckPage(page, citizen, await leaseTime(simulator, roomy), roomy);
  // What a form-filling script does: every input it finds, hidden ones included.
  await page.locator('input[name="website"]').evaluate((input: HTMLInputElement) => (input.value = 'https://x.test'));
  await booking.confirm();
  await expect(page.getByRole('status')).toContainText('Muitos agendamentos feitos a partir desta conexão');
  expect((await simulator.appointments()).filter((a) => a.client.cpf === citizen.cpf)).toEqual([]);
});
