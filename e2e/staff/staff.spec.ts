import type { Page } from '@playwright/test';
import { axeViolations, expect, newCitizen, scrollsSideways, test, textLines } from '../fixtures';
import { leaseTime, roomy, toCheckPage } from '../fixtures/booking-helpers';
import { journey, typeInto } from '../fixtures/journey';
import { staffDay, units } from '../fixtures/places';
import { STAFF_PASSWORD, staffSignIn } from '../fixtures/sign-in';

const PASSWORD = STAFF_PASSWORD;
const signIn = staffSignIn;

/** A refused sign-in comes back with the password field empty: the answer has arrived. */
async function refusedWith(page: Page, text: string | RegExp) {
  await expect(page.getByLabel('Senha')).toHaveValue('');
  await expect(page.getByRole('status').filter({ hasText: text })).toBeVisible();
}

test('a staff page without a session goes to sign-in, and back after it', async ({ page }) => {
  await page.goto(staffDay(units.centro, '2026-12-01'));
  await expect(page.getByRole('heading', { level: 1, name: 'Entrar na área da equipe' })).toBeVisible();
  await signIn(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Dia da unidade' })).toBeVisible();
  await expect(page).toHaveURL(/\/staff\/day\?unit=501&date=2026-12-01/);
  await page.getByRole('button', { name: 'Sair' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Entrar na área da equipe' })).toBeVisible();
  await page.goto('/staff');
  await expect(page.getByRole('heading', { level: 1, name: 'Entrar na área da equipe' })).toBeVisible();
});

test('a wrong password is refused; an account is never locked, but one client is limited after 20 tries', async ({
  page,
}, info) => {
  const account = `limite-${info.project.name}`;
  await page.goto('/staff/sign-in');
  for (let attempt = 1; attempt <= 4; attempt++) {
    await signIn(page, account, `wrong-password-${attempt}`);
    await refusedWith(page, 'Usuário ou senha incorretos.');
  }
  // Anyone may type a colleague's name: failures make the account's answers slower, never locked.
  await signIn(page, account, PASSWORD);
  await expect(page.getByRole('heading', { level: 1, name: 'Buscar atendimento' })).toBeVisible();
  await page.getByRole('button', { name: 'Sair' }).click();
  // The tries in between are typed as a person types them, with short names and passwords: what
  // is tested here is the count, not the length of what is typed.
  for (let attempt = 6; attempt <= 21; attempt++) {
    await signIn(page, `n${attempt}`, `x${attempt}`);
    await refusedWith(page, 'Usuário ou senha incorretos.');
  }
  // 20 failed tries from this client (the sign-in gave its own back): even the right password waits now.
  await signIn(page, account, PASSWORD);
  await refusedWith(page, /Muitas tentativas/);
});

test('a booking made by a citizen is found, and its status follows the simulator without a reload @js-only', async ({
  page,
  browser,
  simulator,
}) => {
  const citizenPage = await (await browser.newContext({ locale: 'pt-BR' })).newPage();
  const citizen = newCitizen('Olga Acompanhada');
  await toCheckPage(citizenPage, citizen, await leaseTime(simulator, roomy), roomy);
  await journey(citizenPage).confirm();
  const protocol = await journey(citizenPage).protocol();
  await citizenPage.context().close();

  await page.goto('/staff');
  await signIn(page);
  await typeInto(page.getByRole('textbox', { name: 'Protocolo, número do atendimento ou senha' }), protocol);
  await page.getByRole('button', { name: 'Buscar' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Atendimento ${protocol}` })).toBeVisible();
  await expect(page.getByText(citizen.cpfFormatted)).toBeVisible();
  const status = page.getByRole('status').first();
  await expect(status).toContainText('Agendado');

  await page.evaluate(() => ((window as unknown as { marker: boolean }).marker = true));
  for (const [next, words] of [
    ['checked-in', 'Presente, aguardando atendimento'],
    ['in-service', 'Em atendimento'],
    ['finished', 'Atendimento concluído'],
  ] as const) {
    await simulator.setStatus(protocol, next);
    // The page polls every second in the tests (STAFF_REFRESH_SECONDS=1).
    await expect(status).toContainText(words);
  }
  await expect(page.getByRole('listitem').filter({ hasText: 'Atendimento concluído' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { marker?: boolean }).marker)).toBe(true);
});

test('a staff action without a session is refused @js-only', async ({ page, simulator }) => {
  const [seeded] = (await simulator.appointments()).filter((a) => a.attendanceUnitID === 503);
  await page.goto(`/staff/appointments/${seeded!.protocol}`);
  await signIn(page);
  await expect(page.getByRole('heading', { level: 1, name: `Atendimento ${seeded!.protocol}` })).toBeVisible();
  await page.context().clearCookies();
  // The next refresh (every second in the tests) is refused.
  await expect(page.getByText('Sua sessão terminou.')).toBeVisible();
});

test('the day view lists a unit’s appointments, filters them and pages them', async ({ page }) => {
  await page.goto(staffDay(units.centro, '2026-12-01', { company: '101' }));
  await signIn(page);
  const rows = page.getByRole('table', { name: 'Atendimentos do dia' }).getByRole('row');
  await expect(rows).toHaveCount(15); // 14 seeded for the day, and the header
  await page.getByLabel('Atendimento concluído').check();
  await page.getByRole('button', { name: 'Aplicar filtros' }).click();
  await expect(page).toHaveURL(/status=finished/);
  const finished = await rows.count();
  expect(finished).toBeGreaterThan(1);
  await expect(rows.filter({ hasText: 'Agendado' })).toHaveCount(0);

  // A whole company's day runs to several pages.
  await page.goto('/staff/day?company=101&date=2026-12-01');
  await expect(page.getByText('Página 1 de 3')).toBeVisible();
  await page.getByRole('link', { name: 'Próxima página' }).click();
  await expect(page.getByText('Página 2 de 3')).toBeVisible();
  await expect(rows).toHaveCount(21);
  // Search by name.
  await typeInto(page.getByRole('searchbox', { name: 'Buscar por protocolo, nome ou senha' }), 'Maria');
  await page.getByRole('button', { name: 'Aplicar filtros' }).click();
  // A name searched for never stands in the address (nor in logs): only an id for it.
  await expect(page).toHaveURL(/search=[0-9a-f-]{36}/);
  expect(page.url()).not.toContain('Maria');
  await expect(rows.filter({ hasText: 'Maria' }).first()).toBeVisible();
  await expect(rows.filter({ hasNotText: 'Maria' })).toHaveCount(1); // the header
  await expect(page.getByRole('searchbox', { name: 'Buscar por protocolo, nome ou senha' })).toHaveValue('Maria');
});

test('every staff page passes axe and reads on a tablet @js-only', async ({ page, simulator }) => {
  await page.setViewportSize({ width: 768, height: 1024 });
  const [seeded] = (await simulator.appointments()).filter((a) => a.attendanceUnitID === 504);
  await page.goto('/staff');
  expect(await axeViolations(page)).toEqual([]);
  await signIn(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Buscar atendimento' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.goto(`/staff/appointments/${seeded!.protocol}`);
  await expect(page.getByRole('heading', { level: 1, name: `Atendimento ${seeded!.protocol}` })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  expect(await scrollsSideways(page)).toBe(false);
  await page.goto(staffDay(units.detranFlores, '2026-12-01', { company: '102' }));
  await expect(page.getByRole('heading', { level: 1, name: 'Dia da unidade' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  expect(await scrollsSideways(page)).toBe(false);
});

test('the day at a Manaus unit: its units before a company, its clock, its ticket codes', async ({ page }) => {
  await page.goto(staffDay(units.detranFlores, '2026-12-01'));
  await signIn(page);
  const unit = page.getByRole('combobox', { name: 'Unidade' });
  await expect(unit).toHaveValue('504');
  await expect(unit.getByRole('option', { name: 'Detran Parintins' })).toBeAttached();
  await expect(page.getByText(/^Lista atualizada às .*, horário de Manaus \(Amazonas\)\.$/)).toBeVisible();
  const rows = page.getByRole('table', { name: 'Atendimentos do dia' }).getByRole('row');
  await typeInto(page.getByRole('searchbox', { name: 'Buscar por protocolo, nome ou senha' }), 'Senha A003');
  await page.getByRole('button', { name: 'Aplicar filtros' }).click();
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText('A003');
  // A time and a protocol never break across lines, even on a phone.
  await page.setViewportSize({ width: 320, height: 700 });
  // (On a phone each cell stacks under its column's name: the time itself is what must not break.)
  expect(
    await textLines(
      rows
        .nth(1)
        .getByRole('cell')
        .first()
        .getByText(/^\d{2}:\d{2}/),
    ),
  ).toBe(1);
  expect(await textLines(rows.nth(1).getByRole('link'))).toBe(1);
  await rows.nth(1).getByRole('link').click();
  await expect(page.getByText(/, horário de Manaus \(Amazonas\)$/)).toBeVisible();
});

test('the day’s minute filter says when it is not a number, keeps it, and the summary counts what the filters show', async ({
  page,
}) => {
  await page.goto(staffDay(units.centro, '2026-12-01', { company: '101' }));
  await signIn(page);
  const total = page.getByRole('region', { name: 'Resumo do dia' }).getByRole('definition').first();
  await expect(total).toHaveText('14');
  const waiting = page.getByRole('textbox', { name: 'Esperando há mais de (minutos)' });
  await typeInto(waiting, 'dez');
  await page.getByRole('button', { name: 'Aplicar filtros' }).click();
  await expect(page.getByRole('alert', { name: 'Há um problema' }).getByRole('link')).toHaveText(
    'Digite só números: os minutos de espera, como 30',
  );
  await expect(waiting).toHaveValue('dez');
  await expect(waiting).toHaveAttribute('aria-invalid', 'true');
  await expect(page).toHaveTitle(/^Erro: /);
  // A number: the list and the summary both count only those who waited more than that.
  await typeInto(waiting, '9');
  await page.getByRole('button', { name: 'Aplicar filtros' }).click();
  await expect(page.getByRole('alert', { name: 'Há um problema' })).toHaveCount(0);
  const rows = page.getByRole('table', { name: 'Atendimentos do dia' }).getByRole('row');
  await expect(total).toHaveText(String((await rows.count()) - 1));
  await expect(total).not.toHaveText('14');
});

test('a staff address that names no attendance is a 404 page written by the server, with or without JavaScript', async ({
  page,
}) => {
  await page.goto('/staff/sign-in');
  await signIn(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Buscar atendimento' })).toBeVisible();
  expect((await page.goto('/staff/attendances/not-a-number'))?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Página não encontrada' })).toBeVisible();
  expect((await page.goto('/staff/appointments/not-a-protocol'))?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Página não encontrada' })).toBeVisible();
});
