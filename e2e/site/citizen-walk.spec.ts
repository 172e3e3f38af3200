import { expect, newCitizen, test, textLines } from '../fixtures';
import { bookElsewhere, leaseTime, refreshUntil, roomy, toCheckPage } from '../fixtures/booking-helpers';
import { typeInto } from '../fixtures/journey';
import { cuiabaVaccination, datePage, detailsPage, licenceRenewal, timePage, workPapers } from '../fixtures/places';

// What a walk through the product as a citizen found broken, each as the person met it.

test('after a failed submit, every key typed stays in the field it was typed in', async ({
  page,
  booking,
  simulator,
}) => {
  await page.goto(detailsPage(cuiabaVaccination, await leaseTime(simulator, cuiabaVaccination)));
  await booking.next();
  const summary = page.getByRole('alert').filter({ hasText: 'Há um problema' });
  await expect(summary).toBeVisible();
  const name = page.getByRole('textbox', { name: 'Nome completo' });
  await name.click();
  await name.pressSequentially('Maria');
  await expect(name).toHaveValue('Maria');
  await expect(name).toBeFocused();
  const cpf = page.getByRole('textbox', { name: 'CPF', exact: true });
  await typeInto(cpf, '123.456.789-00');
  // Correcting the last digits, as a person does: back twice, then the right ones.
  await cpf.press('Backspace');
  await cpf.press('Backspace');
  await cpf.pressSequentially('09');
  await expect(cpf).toHaveValue('123.456.789-09');
});

test('the language switch keeps the page reached by a link, and what was typed @js-only', async ({ page, site }) => {
  await site.openHome();
  await page.getByRole('link', { name: 'Detran Amazonas' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Que tipo de serviço você procura?' })).toBeVisible();
  await site.switchLanguage('English');
  await expect(page).toHaveURL(/\/book\/category\?company=102$/);
  await expect(page.getByRole('heading', { level: 1, name: 'What kind of service do you need?' })).toBeVisible();
});

test('typed details survive a language switch @js-only', async ({ page, site, simulator }) => {
  const at = await leaseTime(simulator, cuiabaVaccination);
  await page.goto(detailsPage(cuiabaVaccination, at));
  await typeInto(page.getByRole('textbox', { name: 'Nome completo' }), 'Maria das Dores');
  await site.switchLanguage('English');
  await expect(page.getByRole('textbox', { name: 'Full name' })).toHaveValue('Maria das Dores');
});

test('Back after booking points to the booking made, not to a second one', async ({ page, simulator }) => {
  const at = await leaseTime(simulator, roomy, 'roomy');
  const booking = await toCheckPage(page, newCitizen('Paula Volta'), at, roomy);
  await booking.confirm();
  const protocol = await booking.protocol();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Você já confirmou este agendamento' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Confirmar agendamento' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Ver a confirmação e o protocolo' }).click();
  await expect(page.getByText(protocol, { exact: true })).toBeVisible();
  // The day's times say so too.
  await page.goto(timePage(roomy, at.date));
  await expect(page.getByText('Você já agendou este serviço neste dia.')).toBeVisible();
});

test('"change" on the check page comes straight back when the answer still holds', async ({
  page,
  simulator,
  booking,
}) => {
  await toCheckPage(page, newCitizen('Rita Revisão'), await leaseTime(simulator, roomy, 'roomy'), roomy);
  for (const what of ['Área', 'Serviço', 'Região', 'Dia']) {
    await page.getByRole('link', { name: `Alterar ${what}` }).click();
    await expect(page.getByRole('radio', { checked: true })).toHaveCount(1);
    await booking.next();
    await expect(page.getByRole('heading', { level: 1, name: 'Confira antes de confirmar' })).toBeVisible();
  }
  // Another area, which does not have the chosen service: only the service is asked again.
  await page.getByRole('link', { name: 'Alterar Área' }).click();
  await page.getByRole('radio', { name: 'Tributos e taxas' }).check();
  await booking.next();
  await expect(page.getByRole('heading', { level: 1, name: 'Qual serviço você quer agendar?' })).toBeVisible();
  await expect(page.getByText('O serviço escolhido não está mais disponível')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Voltar' })).toHaveAttribute('href', /^\/book\/check\?/);
});

test('without JavaScript, no button that does nothing; with it, copy and print @no-js-only', async ({
  page,
  simulator,
}) => {
  const booking = await toCheckPage(page, newCitizen('Sônia Sem Script'), await leaseTime(simulator, roomy), roomy);
  await booking.confirm();
  await booking.protocol();
  await expect(page.getByRole('button', { name: 'Copiar protocolo' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Imprimir ou salvar em PDF' })).toHaveCount(0);
});

test('the confirmation says what was sent where, what to do next, and reads at 320 px', async ({
  page,
  simulator,
}, info) => {
  await page.setViewportSize({ width: 320, height: 720 });
  const citizen = newCitizen('Teresa Próximos Passos');
  const booking = await toCheckPage(page, citizen, await leaseTime(simulator, roomy), roomy);
  await booking.confirm();
  const protocol = await booking.protocol();
  // Neither WhatsApp nor SMS was ticked: the e-mail alone, and the page promises nothing else.
  await expect(page.getByText(`A confirmação está sendo enviada por e-mail para ${citizen.email}.`)).toBeVisible();
  await expect(page.getByText(/WhatsApp/)).toHaveCount(0);
  await expect(page.getByText('Chegue alguns minutos antes do horário marcado')).toBeVisible();
  expect(await textLines(page.getByText(protocol, { exact: true }))).toBe(1);
  await expect(page.getByText(/\s,/)).toHaveCount(0);
  if (info.project.name === 'js') {
    await expect(page.getByRole('button', { name: 'Copiar protocolo' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Imprimir ou salvar em PDF' })).toBeVisible();
  }
});

test('a chosen time taken meanwhile is said at the question @js-only', async ({ page, simulator }) => {
  const at = await leaseTime(simulator, workPapers, 'last');
  await page.goto(timePage(workPapers, at.date));
  await page.getByRole('radio', { name: new RegExp(`^${at.hour} `) }).check();
  await bookElsewhere(simulator, workPapers, at);
  await refreshUntil(page, () =>
    expect(
      page
        .getByRole('alert')
        .filter({ hasText: `O horário das ${at.hour} que você escolheu acabou de ser reservado por outra pessoa.` }),
    ).toBeVisible({ timeout: 1000 }),
  );
});

test('the check page reads well: dates as dates, "optional" once, answers in line', async ({ page, simulator }) => {
  const at = await leaseTime(simulator, roomy);
  await page.goto(detailsPage(roomy, at));
  await expect(page.getByText('Nome social (opcional)', { exact: true })).toHaveCount(1);
  await expect(page.getByText(/\(opcional\) \(opcional\)/)).toHaveCount(0);
  await toCheckPage(page, newCitizen('Úrsula Conferida'), at, roomy);
  await expect(page.getByText('17 de maio de 1980')).toBeVisible();
  // It promises only what the product does: a request, made on the appointment's page (never "cancel it").
  await expect(
    page.getByText(/Se não puder ir, peça o cancelamento ou escolha outro horário na página do agendamento/),
  ).toBeVisible();
  await expect(page.getByText(/cancele/i)).toHaveCount(0);
  await expect(page.getByText('1980-05-17')).toHaveCount(0);
  // Values line up whether their row has "change" or not (the organisation's row has none).
  await page.setViewportSize({ width: 1024, height: 800 });
  const left = async (key: string) =>
    (await page
      .getByRole('term')
      .filter({ hasText: new RegExp(`^${key}$`) })
      .locator('xpath=following-sibling::dd[1]')
      .boundingBox())!.x;
  expect(await left('Órgão')).toBe(await left('Serviço'));
});

test('Cuiabá is said as Cuiabá, and closed days are not called full', async ({ page }) => {
  await page.goto(datePage(cuiabaVaccination));
  // 5 and 6 December 2026 are a Saturday and a Sunday.
  await expect(page.getByRole('radio', { name: /sábado, 5 de dezembro de 2026, sem atendimento/ })).toBeDisabled();
  await expect(page.getByRole('radio', { name: /sem vagas/ }).first()).toBeDisabled();
  const date = await page
    .getByRole('radio', { disabled: false })
    .first()
    .evaluate((el) => (el as HTMLInputElement).value);
  await page.goto(timePage(cuiabaVaccination, date));
  await expect(page.getByText('Horários no fuso de Cuiabá (Mato Grosso)')).toBeVisible();
  await expect(page.getByText(/Amazonas/)).toHaveCount(0);
});

test('a closed day says why, in the organisation’s words, and a weekend stays a plain closed day', async ({ page }) => {
  // Detran Amazonas's Contact Center group lists its holidays as schedule exceptions.
  await page.goto(`${datePage(licenceRenewal)}&month=2026-12`);
  await expect(
    page.getByRole('radio', {
      name: 'terça-feira, 8 de dezembro de 2026, sem atendimento: Feriado municipal: Nossa Senhora da Conceição',
    }),
  ).toBeDisabled();
  await expect(
    page.getByRole('radio', { name: 'sexta-feira, 25 de dezembro de 2026, sem atendimento: Natal' }),
  ).toBeDisabled();
  await expect(page.getByRole('radio', { name: 'sábado, 5 de dezembro de 2026, sem atendimento' })).toBeDisabled();
  const closed = page.getByRole('region', { name: 'Dias sem atendimento neste mês' });
  await expect(closed.getByRole('listitem')).toHaveText([
    '8 de dezembro de 2026: Feriado municipal: Nossa Senhora da Conceição',
    '25 de dezembro de 2026: Natal',
  ]);
});

test('a single-service custom link has no Back that goes nowhere', async ({ page }) => {
  await page.goto('/l/documentos-campinas');
  await expect(page.getByRole('heading', { level: 1, name: 'Qual serviço você quer agendar?' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Voltar' })).toHaveCount(0);
});

test('a company that does not schedule says so, and an expired link answers 404', async ({ page }) => {
  await page.goto('/book/category?company=104');
  await expect(page.getByText('Este órgão não oferece agendamento pela internet')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Agende seu atendimento' })).toBeVisible();
  const response = await page.goto('/l/campanha-2025');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Este link não é válido' })).toBeVisible();
});

test('calendar arrows move by day and by week, and focus stays on the calendar @js-only', async ({ page }) => {
  await page.goto(datePage(workPapers));
  const first = page.getByRole('radio', { disabled: false }).first();
  const day = await first.evaluate((el) => (el as HTMLInputElement).value);
  await first.focus();
  await page.keyboard.press('ArrowDown');
  const below = await page.evaluate(() => (document.activeElement as HTMLInputElement).value);
  const weeks = (Date.parse(below) - Date.parse(day)) / (7 * 24 * 3600 * 1000);
  expect(Number.isInteger(weeks) && weeks >= 1).toBe(true);
  await page.keyboard.press('ArrowUp');
  await expect(first).toBeFocused();

  await page.getByRole('link', { name: 'Próximo mês' }).click();
  await page.getByRole('link', { name: 'Mês anterior' }).click();
  await expect(page.getByRole('heading', { level: 2, name: / de 20\d\d$/ })).toBeFocused();
});

test('the site has a favicon, icons and a manifest to add it to a home screen', async ({ page, request }) => {
  const favicon = await request.get('/favicon.ico');
  expect(favicon.status()).toBe(200);
  const manifest = await request.get('/manifest.webmanifest');
  expect(await manifest.json()).toMatchObject({ short_name: 'Agendamento', theme_color: '#0b0c0c' });
  for (const { src } of ((await manifest.json()) as { icons: { src: string }[] }).icons)
    expect((await request.get(src)).status(), src).toBe(200);
  await page.goto('/');
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/manifest.webmanifest');
});

test('a citizen who books in English is written to in English, at the unit’s clock', async ({
  page,
  site,
  simulator,
  booking,
}) => {
  const at = await leaseTime(simulator, licenceRenewal);
  const citizen = newCitizen('Wendy English');
  await page.goto(timePage(licenceRenewal, at.date));
  await site.switchLanguage('English');
  await booking.chooseTime(at.hour);
  await booking.fillDetails(citizen);
  await typeInto(page.getByLabel('Número de registro da CNH'), '12345678901');
  await page.getByLabel('Já paguei a taxa (DAR)').check();
  await booking.next();
  await booking.confirm();
  await booking.protocol();
  await expect
    .poll(async () => (await simulator.notifications()).filter((n) => n.to === citizen.email))
    .toHaveLength(1);
  const [email] = (await simulator.notifications()).filter((n) => n.to === citizen.email);
  expect(email!.templateID).toBe('booking-confirmation-en');
  expect(email!.parameters).toMatchObject({
    language: 'en',
    time: `${at.hour}, Manaus (Amazonas) time`,
    date: expect.stringMatching(/^(January|December) \d{1,2}, 202[67]$/),
  });
});
