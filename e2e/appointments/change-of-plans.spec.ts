import type { Page } from '@playwright/test';
import type { SimulatorControl } from '@/simulator/control-client';
import { axeViolations, expect, newCitizen, test } from '../fixtures';
import { bookElsewhere, leaseTime } from '../fixtures/booking-helpers';
import { typeInto } from '../fixtures/journey';
import { inssNoronha, inssRioBranco, timePage } from '../fixtures/places';
import { lookUp, staffSignIn } from '../fixtures/sign-in';

const REQUESTS = 'appointment_requests';

/** An appointment of the test's own, booked elsewhere, opened by its citizen through the lookup. */
async function openAppointment(page: Page, simulator: SimulatorControl, name: string, place = inssRioBranco) {
  const citizen = newCitizen(name);
  const time = await leaseTime(simulator, place);
  const protocol = await bookElsewhere(simulator, place, time, citizen);
  await lookUp(page, protocol, citizen.cpfFormatted, citizen.email);
  await expect(page.getByRole('heading', { level: 1, name: 'Seu agendamento' })).toBeVisible();
  return { citizen, protocol, time };
}
const requestsFor = async (simulator: SimulatorControl, protocol: string) =>
  (await simulator.crm(REQUESTS)).filter((r) => r.fields.protocol === protocol);

test.describe('I cannot come', () => {
  test('asked once, the page says "requested" until Tatodesk says cancelled', async ({ page, simulator }) => {
    const { protocol } = await openAppointment(page, simulator, 'Raimundo Viagem');
    await page.getByRole('link', { name: 'Pedir o cancelamento' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Pedir o cancelamento' })).toBeVisible();
    await typeInto(page.getByRole('textbox', { name: 'Motivo (opcional)' }), 'Vou viajar a trabalho');
    await page.getByRole('button', { name: 'Pedir o cancelamento' }).click();

    await expect(page.getByText('Pedido registrado')).toBeVisible();
    await expect(page.getByText(/Cancelamento solicitado em \d{1,2} de \p{L}+ de \d{4}/u)).toBeVisible();
    // Never "cancelled" before Tatodesk says so.
    await expect(page.getByText('Situação: Agendado')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Pedir o cancelamento' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Escolher outro horário' })).toHaveCount(0);
    expect((await requestsFor(simulator, protocol)).map((r) => r.fields)).toEqual([
      expect.objectContaining({ kind: 'cancel', status: 'open', reason: 'Vou viajar a trabalho' }),
    ]);
    // The unit's team is told by e-mail.
    await expect
      .poll(async () =>
        (await simulator.notifications()).filter(
          (n) => n.templateID === 'appointment-request' && n.metadata?.protocol === protocol,
        ),
      )
      .toHaveLength(1);

    // Asking again (the form's address, or a second tab) records nothing more.
    await page.goto(`/appointments/${protocol}/cancel`);
    await expect(page).toHaveURL(`/appointments/${protocol}`);
    expect(await requestsFor(simulator, protocol)).toHaveLength(1);

    // The unit cancels it in Tatodesk: now, and only now, the page says cancelled.
    await simulator.setStatus(protocol, 'cancelled');
    await page.reload();
    await expect(page.getByText('Situação: Cancelado')).toBeVisible();
    await expect(page.getByText(/Cancelamento solicitado em/)).toHaveCount(0);
  });

  test('a reason too long is said at the field, with what was typed kept', async ({ page, simulator }) => {
    const { protocol } = await openAppointment(page, simulator, 'Lúcia Prolixa');
    await page.goto(`/appointments/${protocol}/cancel`);
    const reason = 'Não vou poder ir. '.repeat(28);
    // Pasted, as such a text would be.
    await page.getByRole('textbox', { name: 'Motivo (opcional)' }).fill(reason);
    await page.getByRole('button', { name: 'Pedir o cancelamento' }).click();
    await expect(page.getByRole('link', { name: 'Escreva o motivo com no máximo 500 caracteres' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Motivo (opcional)' })).toHaveValue(reason);
    await expect(page).toHaveTitle(/^Erro: /);
    expect(await requestsFor(simulator, protocol)).toEqual([]);
  });

  test('a closed appointment offers no change', async ({ page, simulator }) => {
    const { protocol } = await openAppointment(page, simulator, 'Otávio Atendido');
    await simulator.setStatus(protocol, 'finished');
    await page.reload();
    await expect(page.getByText('Situação: Atendimento concluído')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Não vai poder ir?' })).toHaveCount(0);
    await page.goto(`/appointments/${protocol}/cancel`);
    await expect(page.getByText('Este agendamento não pode mais ser alterado por aqui.')).toBeVisible();
  });
});

test('choose another time: the new one is booked, then the old one’s release is asked and linked', async ({
  page,
  site,
  simulator,
  booking,
}) => {
  const { protocol: old, citizen } = await openAppointment(page, simulator, 'Joana Remarcação', inssNoronha);
  const next = await leaseTime(simulator, inssNoronha);
  await page.getByRole('button', { name: 'Escolher outro horário' }).click();
  // From its first page the journey says which appointment it replaces, and Back returns to it.
  await expect(page.getByRole('status', { name: `Novo horário para o agendamento ${old}` })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Voltar' })).toHaveAttribute('href', `/appointments/${old}`);
  await site.switchLanguage('English');
  await expect(page.getByRole('status', { name: `A new time for appointment ${old}` })).toContainText(
    `Appointment ${old} stays valid.`,
  );
  await expect(page.getByRole('link', { name: 'Back' })).toHaveAttribute('href', `/appointments/${old}`);
  await site.switchLanguage('Português');
  await booking.chooseDate(next.date);
  await expect(page.getByRole('status', { name: `Novo horário para o agendamento ${old}` })).toBeVisible();
  await booking.chooseTime(next.hour);
  // The details are already known.
  await expect(page.getByRole('textbox', { name: 'Nome completo' })).toHaveValue(citizen.name);
  await booking.next();
  await expect(page.getByText(`Novo horário para o agendamento ${old}`)).toBeVisible();
  expect(await requestsFor(simulator, old)).toEqual([]);
  await booking.confirm();
  const fresh = await booking.protocol();
  expect(fresh).not.toBe(old);
  await expect(page.getByText(`Pedimos a liberação do agendamento anterior (${old}).`)).toBeVisible();
  expect((await requestsFor(simulator, old)).map((r) => r.fields)).toEqual([
    expect.objectContaining({ kind: 'reschedule', newProtocol: fresh, status: 'open' }),
  ]);

  // The old appointment points to the new one.
  await page.goto(`/appointments/${old}`);
  await expect(page.getByText(`Você escolheu outro horário: o agendamento ${fresh}.`)).toBeVisible();
  await expect(page.getByText(/A liberação deste agendamento foi solicitada em/)).toBeVisible();
  await page.getByRole('link', { name: `Ver o novo agendamento ${fresh}` }).click();
  await expect(page.getByText(fresh, { exact: true })).toBeVisible();
  await expect(page.getByText('Situação: Agendado')).toBeVisible();
});

test('staff see the open requests and close one only once Tatodesk has cancelled it', async ({ page, simulator }) => {
  const { protocol } = await openAppointment(page, simulator, 'Sebastião Pedido');
  await page.goto(`/appointments/${protocol}/cancel`);
  await page.getByRole('button', { name: 'Pedir o cancelamento' }).click();
  await expect(page.getByText('Pedido registrado')).toBeVisible();

  await page.goto('/staff/requests');
  await staffSignIn(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Pedidos dos cidadãos' })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: protocol });
  await expect(row.getByRole('cell', { name: 'Cancelamento' })).toBeVisible();
  const done = row.getByRole('button', { name: `Marcar o pedido do protocolo ${protocol} como concluído` });
  await done.click();
  await expect(page.getByText(`O agendamento ${protocol} ainda está como agendado no Tatodesk.`)).toBeVisible();

  await simulator.setStatus(protocol, 'cancelled');
  await page.getByRole('row').filter({ hasText: protocol }).getByRole('button').click();
  await expect(page.getByText(`Pedido do protocolo ${protocol} concluído.`)).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: protocol })).toHaveCount(0);
  expect((await requestsFor(simulator, protocol))[0]!.fields).toMatchObject({ status: 'done', doneBy: 'recepcao' });

  // The appointment's staff page shows the request and what was sent about it.
  await page.goto(`/staff/appointments/${protocol}`);
  await expect(page.getByRole('heading', { name: 'Pedido do cidadão' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Mensagens enviadas' })).toBeVisible();
});

test('a WhatsApp message that does not arrive is followed by the SMS, which staff see', async ({
  page,
  simulator,
  booking,
}) => {
  const citizen = newCitizen('Antônia Sem WhatsApp');
  await simulator.undeliverable('whatsapp', `55${citizen.phoneDigits}`);
  const at = await leaseTime(simulator, inssRioBranco);
  await page.goto(timePage(inssRioBranco, at.date));
  await booking.chooseTime(at.hour);
  await booking.fillDetails(citizen, { whatsapp: true, sms: true });
  await booking.next();
  await booking.confirm();
  const protocol = await booking.protocol();
  await expect
    .poll(async () =>
      (await simulator.notifications())
        .filter((n) => n.metadata?.protocol === protocol)
        .map((n) => n.channel)
        .sort(),
    )
    .toEqual(['email', 'sms', 'whatsapp']);

  await page.goto(`/staff/appointments/${protocol}`);
  await staffSignIn(page);
  const sends = page.getByRole('table', { name: 'Mensagens enviadas e sua entrega' });
  await expect(sends.getByRole('row').filter({ hasText: 'WhatsApp' })).toContainText('Não entregue');
  await expect(sends.getByRole('row').filter({ hasText: 'SMS' })).toContainText('Entregue');
  await expect(sends.getByRole('row').filter({ hasText: 'E-mail' })).toContainText('Confirmação');
});

test('the new pages pass axe in both languages @js-only', async ({ page, simulator, site }) => {
  const { protocol } = await openAppointment(page, simulator, 'Clara Acessível');
  const clean = async () => expect(await axeViolations(page)).toEqual([]);
  await expect(page.getByRole('heading', { name: 'Não vai poder ir?' })).toBeVisible();
  await clean();
  await page.goto(`/appointments/${protocol}/cancel`);
  await clean();
  await site.switchLanguage('English');
  await expect(page.getByRole('heading', { level: 1, name: 'Ask to cancel' })).toBeVisible();
  await clean();
  await page.goto(`/appointments/${protocol}`);
  await expect(page.getByRole('heading', { name: "Can't make it?" })).toBeVisible();
  await clean();
  await page.getByRole('link', { name: 'Ask to cancel' }).click();
  await page.getByRole('button', { name: 'Ask to cancel' }).click();
  await expect(page.getByText(/Cancellation requested on/)).toBeVisible();
  await clean();
  await site.switchLanguage('Português');
  await expect(page.getByText(/Cancelamento solicitado em/)).toBeVisible();
  await clean();

  await page.goto('/staff/requests');
  await staffSignIn(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Pedidos dos cidadãos' })).toBeVisible();
  await clean();
  await page.goto(`/staff/appointments/${protocol}`);
  await expect(page.getByRole('heading', { name: 'Mensagens enviadas' })).toBeVisible();
  await clean();
  await site.switchLanguage('English');
  await expect(page.getByRole('heading', { name: 'Messages sent' })).toBeVisible();
  await clean();
  await page.goto('/staff/requests');
  await expect(page.getByRole('heading', { level: 1, name: "Citizens' requests" })).toBeVisible();
  await clean();
});
