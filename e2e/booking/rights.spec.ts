import { axeViolations, expect, newCitizen, test } from '../fixtures';
import { bookElsewhere, leaseTime } from '../fixtures/booking-helpers';
import { typeInto } from '../fixtures/journey';
import { inssRioBranco, timePage } from '../fixtures/places';
import { lookUp, staffSignIn } from '../fixtures/sign-in';

test('the details page says, before anything is typed, who holds the data, why, on what basis and for how long; the full notice in both languages', async ({
  page,
  site,
  simulator,
  booking,
}) => {
  const at = await leaseTime(simulator, inssRioBranco);
  await page.goto(timePage(inssRioBranco, at.date));
  await booking.chooseTime(at.hour);
  const notice = page.getByRole('complementary', { name: 'Como usamos seus dados' });
  await expect(notice).toContainText('Quem cuida dos seus dados: Organização de demonstração (simulador).');
  await expect(notice).toContainText('Para quê: agendar este atendimento, confirmá-lo e lembrar você dele.');
  await expect(notice).toContainText('LGPD, art. 7º, II e III, e art. 23');
  await expect(notice).toContainText('Este site guarda o que você digita por até 2 horas enquanto agenda');
  await notice.getByRole('link', { name: 'Aviso de privacidade completo e seus direitos' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Aviso de privacidade' })).toBeVisible();
  await expect(
    page.getByText('Encarregada de dados de demonstração: encarregado@simulador.tatodesk.invalid'),
  ).toBeVisible();
  await expect(
    page.getByText('O comprovante do agendamento neste site (protocolo, local, e-mail e celular): 24 horas.'),
  ).toBeVisible();
  // The period the CRM retention sweep deletes requests after (CRM_RETENTION_DAYS, lib/requests/retention.ts).
  await expect(
    page.getByText(
      'Os pedidos feitos aqui (cancelar, escolher outro horário, sobre seus dados) ficam nos registros da organização por 365 dias e depois são apagados.',
    ),
  ).toBeVisible();
  await expect(
    page.getByText('Depois do atendimento, pedir sua opinião sobre ele numa pesquisa de satisfação'),
  ).toBeVisible();
  await expect(page.getByText(/LGPD, art\. 18/)).toBeVisible();
  await site.switchLanguage('English');
  await expect(page.getByText("kept in the organisation's records for 365 days, then deleted.")).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Privacy notice' })).toBeVisible();
  await expect(page.getByText("This browser's access to your appointment: 2 hours.")).toBeVisible();
  // From every page's footer.
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Privacy' }).click();
  await expect(page).toHaveURL('/privacy');
});

test('the privacy notice and the details page have no axe violations @js-only', async ({
  page,
  site,
  simulator,
  booking,
}) => {
  await page.goto('/privacy');
  expect(await axeViolations(page)).toEqual([]);
  await site.switchLanguage('English');
  expect(await axeViolations(page)).toEqual([]);
  await site.switchLanguage('Português');
  const at = await leaseTime(simulator, inssRioBranco);
  await page.goto(timePage(inssRioBranco, at.date));
  await booking.chooseTime(at.hour);
  await expect(page.getByRole('group', { name: 'Você tem direito a atendimento prioritário?' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('the right to priority: asked once, plainly, optional; on the receipt with the law, and a badge and filter for staff', async ({
  page,
  simulator,
  booking,
}) => {
  const citizen = newCitizen('Dona Prioridade');
  const at = await leaseTime(simulator, inssRioBranco, 'roomy');
  await page.goto(timePage(inssRioBranco, at.date));
  await booking.chooseTime(at.hour);
  await booking.fillDetails(citizen);
  await expect(page.getByText(/Não é preciso comprovar aqui/)).toBeVisible();
  await page.getByRole('group', { name: 'Você tem direito a atendimento prioritário?' }).getByLabel('Sim').check();
  await booking.next();
  await booking.confirm();
  const protocol = await booking.protocol();
  await expect(page.getByText('Atendimento prioritário — Lei 10.048/2000')).toBeVisible();
  expect((await simulator.appointments()).find((a) => a.protocol === protocol)).toBeTruthy();

  // Someone who did not answer: no badge, and not among the priority filter's rows.
  const other = newCitizen('Sem Resposta');
  // A new visitor, at the same time (leased roomy: two places or more, this test's own).
  await page.context().clearCookies();
  await page.goto(timePage(inssRioBranco, at.date));
  await booking.chooseTime(at.hour);
  await booking.fillDetails(other);
  await booking.next();
  await booking.confirm();
  const plain = await booking.protocol();
  await expect(page.getByText('Atendimento prioritário — Lei 10.048/2000')).toHaveCount(0);

  await page.goto(`/staff/day?unit=${inssRioBranco.unit}&date=${at.date}`);
  await staffSignIn(page);
  const row = page.getByRole('row').filter({ hasText: protocol });
  await expect(row).toContainText('Prioritário');
  await expect(page.getByRole('row').filter({ hasText: plain })).not.toContainText('Prioritário');
  await page.getByRole('checkbox', { name: 'Só quem tem direito a atendimento prioritário' }).check();
  await page.getByRole('button', { name: 'Aplicar filtros' }).click();
  await expect(row).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: plain })).toHaveCount(0);
  await row.getByRole('link', { name: protocol }).click();
  await expect(page.getByText('Atendimento prioritário — Lei 10.048/2000')).toBeVisible();
});

test('"my data": a request to see, correct or delete is recorded once and the officer told; deletion erases what this site keeps, and says what is left', async ({
  page,
  simulator,
}) => {
  const citizen = newCitizen('Lia Titular');
  const at = await leaseTime(simulator, inssRioBranco);
  const protocol = await bookElsewhere(simulator, inssRioBranco, at, citizen);
  await lookUp(page, protocol, citizen.cpfFormatted, citizen.email);
  await page.getByRole('link', { name: 'Meus dados' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Meus dados' })).toBeVisible();
  await expect(page.getByText(citizen.name)).toBeVisible();

  // Nothing chosen: said at the field and on top, what was written kept.
  await typeInto(page.getByRole('textbox', { name: 'Detalhes (opcional)' }), 'Meu e-mail mudou.');
  await page.getByRole('button', { name: 'Enviar pedido' }).click();
  await expect(page.getByRole('alert', { name: 'Há um problema' }).getByRole('link')).toHaveText(
    'Escolha o que quer pedir',
  );
  await expect(page.getByRole('textbox', { name: 'Detalhes (opcional)' })).toHaveValue('Meu e-mail mudou.');
  await page.getByRole('radio', { name: 'Correção: algum dado está errado' }).check();
  await page.getByRole('button', { name: 'Enviar pedido' }).click();
  await expect(
    page.getByText('Seu pedido de correção foi registrado e o encarregado de dados foi avisado.'),
  ).toBeVisible();
  await expect(page.getByText(/até 15 dias para responder/)).toBeVisible();

  // Asked twice: one record.
  await page.goto(`/appointments/${protocol}/my-data`);
  await expect(page.getByText(/Pedidos em aberto: Correção/)).toBeVisible();
  await page.getByRole('radio', { name: 'Correção: algum dado está errado' }).check();
  await page.getByRole('button', { name: 'Enviar pedido' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Pedido registrado' })).toBeVisible();
  const mine = async () => (await simulator.crm('data_requests')).filter((r) => r.fields.protocol === protocol);
  expect((await mine()).map((r) => [r.fields.kind, r.fields.details, r.fields.status])).toEqual([
    ['correction', 'Meu e-mail mudou.', 'open'],
  ]);
  await expect
    .poll(
      async () =>
        (await simulator.notifications()).filter(
          (n) => n.to === 'encarregado@simulador.tatodesk.invalid' && n.metadata?.protocol === protocol,
        ).length,
    )
    .toBe(1);

  // Deletion: this browser's access goes at once, and the page says the appointment stays in Tatodesk.
  await page.goto(`/appointments/${protocol}/my-data`);
  await page.getByRole('radio', { name: 'Eliminação: apagar meus dados' }).check();
  await page.getByRole('button', { name: 'Enviar pedido' }).click();
  await expect(page.getByText(/Este site já apagou o que guardava deste agendamento/)).toBeVisible();
  await expect(page.getByText(/O agendamento no Tatodesk continua até a organização tratar o pedido/)).toBeVisible();
  await page.goto(`/appointments/${protocol}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Consultar agendamento' })).toBeVisible();
  expect((await mine()).map((r) => r.fields.kind).sort()).toEqual(['correction', 'deletion']);
});
