import { axeViolations, expect, newCitizen, test } from '../fixtures';
import { bookElsewhere, leaseTime } from '../fixtures/booking-helpers';
import { APP_URL } from '../fixtures/env';
import { registerWalkIn } from '../fixtures/front-desk';
import { typeInto } from '../fixtures/journey';
import { cuiabaConsultation, inssRioBranco, staffDay, timePage, units, walkInAt } from '../fixtures/places';
import { readQr } from '../fixtures/qr';
import { lookUp, staffSignIn } from '../fixtures/sign-in';

test('the receipt’s QR opens the appointment’s staff page at arrival, after sign-in', async ({ page, simulator }) => {
  const citizen = newCitizen('Vicente Chegada');
  const protocol = await bookElsewhere(simulator, inssRioBranco, await leaseTime(simulator, inssRioBranco), citizen);
  await lookUp(page, protocol, citizen.cpfFormatted, citizen.email);
  const scanned = await readQr(page.getByRole('img', { name: `Código QR do protocolo ${protocol}` }));
  // Only the address of the staff page: no name, no CPF.
  expect(scanned).toBe(`${APP_URL}/staff/appointments/${protocol}`);

  // The citizen (or anyone) who scans it meets the staff sign-in; the counter signs in and lands there.
  await page.goto(scanned!);
  await expect(page.getByRole('heading', { level: 1, name: 'Entrar na área da equipe' })).toBeVisible();
  await staffSignIn(page);
  await expect(page.getByRole('heading', { level: 1, name: `Atendimento ${protocol}` })).toBeVisible();
  await expect(page.getByText(citizen.name)).toBeVisible();
});

test('a protocol of another channel is found by Search by protocol, with its kind and status', async ({ page }) => {
  await page.goto('/staff');
  await staffSignIn(page);
  await typeInto(page.getByRole('textbox', { name: 'Protocolo, número do atendimento ou senha' }), '20261130500001');
  await page.getByRole('button', { name: 'Buscar' }).click();
  const found = page.getByRole('table', { name: /O protocolo 20261130500001 não é de um agendamento presencial/ });
  await expect(found.getByRole('row').filter({ hasText: 'Atendimento digital (chat)' })).toContainText('Concluído');
  await expect(found.getByRole('row').filter({ hasText: 'Atendimento digital (chat)' })).toContainText(
    '30 de novembro de 2026',
  );
  await expect(page.getByText('Nenhum atendimento com este número.')).toHaveCount(0);
});

test.describe('a walk-in', () => {
  test('from the unit to the printed ticket, registered once, then in the unit’s day by its senha', async ({
    page,
    simulator,
  }, info) => {
    const citizen = newCitizen('Geraldo Balcão');
    await page.goto('/staff/walk-in');
    await staffSignIn(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Em que unidade você está atendendo?' })).toBeVisible();
    await page.getByRole('radio', { name: 'Detran Cidade Nova' }).check();
    await page.getByRole('button', { name: 'Continuar' }).click();
    // One classification at this organisation: answered at once. Then the subject and the service.
    await expect(page.getByRole('heading', { level: 1, name: 'Qual assunto?' })).toBeVisible();
    await page.getByRole('radio', { name: /^Veículos/ }).check();
    await page.getByRole('button', { name: 'Continuar' }).click();
    await page.getByRole('radio', { name: /^Vistoria veicular/ }).check();
    await page.getByRole('button', { name: 'Continuar' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Dados do cidadão' })).toBeVisible();
    await typeInto(page.getByRole('textbox', { name: 'Nome completo' }), citizen.name);
    await typeInto(page.getByRole('textbox', { name: 'CPF', exact: true }), citizen.cpfFormatted);
    await typeInto(page.getByRole('textbox', { name: 'Placa do veículo' }), 'ABC1D23');
    // No e-mail and no mobile: at the counter they are optional.
    const register = page.getByRole('button', { name: 'Registrar e emitir a senha' });
    if (info.project.name === 'no-js') {
      await register.dblclick();
    } else {
      // Past the button's own guard: the form is sent twice, as a retry would.
      await register.evaluate((button: HTMLButtonElement) => {
        button.form!.requestSubmit(button);
        button.form!.requestSubmit(button);
      });
    }
    const heading = page.getByRole('heading', { level: 1, name: /^Senha [A-Z]\d+$/ });
    await expect(heading).toBeVisible();
    const code = (await heading.innerText()).replace('Senha ', '');
    const held = (await simulator.appointments()).filter((a) => a.client.cpf === citizen.cpf);
    expect(held).toHaveLength(1);
    await expect(page.getByText(held[0]!.protocol, { exact: true })).toBeVisible();
    await expect(page.getByText('Vistoria veicular')).toBeVisible();

    // In the unit's day, found by its senha.
    await page.goto(staffDay(units.detranCidadeNova, held[0]!.date.split('/').reverse().join('-'), { q: code }));
    await expect(page.getByRole('row').filter({ hasText: citizen.name })).toBeVisible();

    // The unit is remembered for the session.
    await page.goto('/staff/walk-in');
    await expect(page.getByRole('heading', { level: 1, name: 'Qual assunto?' })).toBeVisible();
    await expect(page.getByText('Detran Cidade Nova')).toBeVisible();
  });

  test('a question sent unanswered, and a wrong CPF, are said at the field, with what was typed kept', async ({
    page,
  }) => {
    await page.goto(walkInAt(units.detranCidadeNova));
    await staffSignIn(page);
    await page.getByRole('button', { name: 'Continuar' }).click();
    await expect(page.getByRole('alert', { name: 'Há um problema' })).toContainText('Escolha uma opção');
    await expect(page).toHaveTitle(/^Erro: /);

    await page.goto(walkInAt(units.inssRioBranco));
    await expect(page.getByRole('heading', { level: 1, name: 'Dados do cidadão' })).toBeVisible();
    await typeInto(page.getByRole('textbox', { name: 'Nome completo' }), 'Ana Sem CPF Válido');
    await typeInto(page.getByRole('textbox', { name: 'CPF', exact: true }), '111.111.111-12');
    await typeInto(page.getByRole('textbox', { name: 'E-mail (opcional)' }), 'ana@');
    await page.getByRole('button', { name: 'Registrar e emitir a senha' }).click();
    await expect(page.getByRole('alert', { name: 'Há um problema' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Nome completo' })).toHaveValue('Ana Sem CPF Válido');
    await expect(page.getByRole('textbox', { name: 'E-mail (opcional)' })).toHaveValue('ana@');
    await expect(page).toHaveTitle(/^Erro: /);
  });

  test('the ticket prints on one page and passes axe at tablet width @js-only', async ({ page }) => {
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.goto(walkInAt(units.inssNoronha));
    await staffSignIn(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Dados do cidadão' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    const citizen = newCitizen('Helena Impressa');
    await typeInto(page.getByRole('textbox', { name: 'Nome completo' }), citizen.name);
    await typeInto(page.getByRole('textbox', { name: 'CPF', exact: true }), citizen.cpfFormatted);
    await page.getByRole('button', { name: 'Registrar e emitir a senha' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^Senha / })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.pdf({ format: 'A6', printBackground: true });
    expect(printed.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).toHaveLength(1);
    await page.emulateMedia({ media: 'screen' });
    await page.goto(walkInAt(units.inssNoronha));
    await page.getByRole('link', { name: 'Trocar de unidade' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Em que unidade você está atendendo?' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Continuar' }).click();
    await expect(page.getByRole('alert', { name: 'Há um problema' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
});

test('every front-desk page refuses a request without a session', async ({ page }) => {
  for (const path of [
    '/staff/walk-in',
    walkInAt(units.inssRioBranco),
    '/staff/walk-in/ticket?ref=00000000-0000-4000-8000-000000000000',
    '/staff/requests',
    '/staff/book',
  ]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: 'Entrar na área da equipe' })).toBeVisible();
  }
});

test('staff book for a caller: the citizen’s own journey, marked as theirs, ending with the protocol read out', async ({
  page,
  simulator,
  booking,
}) => {
  await page.goto('/staff/book');
  await staffSignIn(page);
  await page.getByRole('button', { name: 'Começar o agendamento' }).click();
  const banner = page.getByText('Agendando para um cidadão, como recepcao.');
  await expect(banner).toBeVisible();

  const caller = newCitizen('Lurdes Ao Telefone');
  const at = await leaseTime(simulator, inssRioBranco);
  await page.goto(timePage(inssRioBranco, at.date));
  await expect(banner).toBeVisible();
  await booking.chooseTime(at.hour);
  await booking.fillDetails(caller);
  await booking.next();
  await booking.confirm();
  const protocol = await booking.protocol();
  await expect(page.getByText(/Leia o protocolo para a pessoa, devagar: \d{4} \d{4} \d{4} \d{2}\./)).toBeVisible();
  const held = (await simulator.appointments()).find((a) => a.protocol === protocol) as unknown as {
    form: { key: string; value: string }[];
  };
  expect(held.form).toContainEqual(expect.objectContaining({ key: 'bookedBy', value: 'staff:recepcao' }));

  await page.getByRole('button', { name: 'Terminar e voltar à área da equipe' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Buscar atendimento' })).toBeVisible();
  await expect(banner).toHaveCount(0);
});

test('the day at a unit, by minutes waited and by the right to priority', async ({ page, simulator }) => {
  const at = await leaseTime(simulator, cuiabaConsultation, 'roomy');
  const [first, second] = [newCitizen('Prioritária Idosa'), newCitizen('Sem Prioridade')];
  const book = (who: typeof first, form: { key: string; value: string }[]) =>
    simulator.book({
      companyID: cuiabaConsultation.company,
      unitID: cuiabaConsultation.unit,
      attendanceTypeID: cuiabaConsultation.serviceType,
      ...at,
      client: { name: who.name, cpf: who.cpf, email: who.email, phone: who.phoneDigits },
      form,
    });
  const priority = await book(first, [{ key: 'priority', value: 'true' }]);
  const plain = await book(second, []);
  await page.goto(`/staff/day?unit=${cuiabaConsultation.unit}&date=${at.date}`);
  await staffSignIn(page);
  await expect(page.getByRole('row').filter({ hasText: plain })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Só quem tem direito a atendimento prioritário' }).check();
  await page.getByRole('button', { name: 'Aplicar filtros' }).click();
  await expect(page.getByRole('row').filter({ hasText: priority })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: plain })).toHaveCount(0);

  // Today at a unit (the simulator's today): someone has waited; nobody a whole day.
  await page.goto(staffDay(units.centro, '2026-12-01'));
  await typeInto(page.getByRole('textbox', { name: 'Esperando há mais de (minutos)' }), '1440');
  await page.getByRole('button', { name: 'Aplicar filtros' }).click();
  await expect(page).toHaveURL(/waiting=1440/);
  await expect(page.getByText('Nenhum atendimento com estes filtros.')).toBeVisible();
  await page.goto(staffDay(units.centro, '2026-12-01', { waiting: '0' }));
  await expect(page.getByRole('table', { name: 'Atendimentos do dia' }).getByRole('row').nth(1)).toBeVisible();
});

test('the desk booking for callers is not held by the per-client read limit @js-only', async ({ page }) => {
  await page.goto('/staff/book');
  await staffSignIn(page);
  await page.getByRole('button', { name: 'Começar o agendamento' }).click();
  await expect(page.getByText('Agendando para um cidadão, como recepcao.')).toBeVisible();
  // The same client as the page (its address and cookies): past the 120 reads a minute a citizen gets.
  const statuses: number[] = [];
  for (let i = 0; i < 125; i++) {
    const read = await page.request.get(
      `/book/live/dates?unit=${inssRioBranco.unit}&serviceType=${inssRioBranco.serviceType}&region=${inssRioBranco.region}`,
    );
    statuses.push(read.status());
  }
  expect(statuses.filter((s) => s !== 200)).toEqual([]);
});

test('a walk-in with the right to priority has it on the ticket, in words', async ({ page, simulator }) => {
  const citizen = newCitizen('Idalina Prioritária');
  await registerWalkIn(page, citizen, { plate: 'PRI0R17', priority: true });
  await expect(page.getByText('Atendimento prioritário — Lei 10.048/2000')).toBeVisible();
  const held = (await simulator.appointments()).find((a) => a.client.cpf === citizen.cpf)!;
  expect(held.form).toEqual(expect.arrayContaining([expect.objectContaining({ key: 'priority', value: 'true' })]));
});
