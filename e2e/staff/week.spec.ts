import { axeViolations, expect, test } from '../fixtures';
import { staffSignIn } from '../fixtures/sign-in';

const UNIT = 'Central do Cidadão Campo Grande';

test("a manager reads a unit's week: charts with their words and tables, and a CSV of the same lines", async ({
  page,
}, info) => {
  await page.goto('/staff/week');
  await staffSignIn(page, 'gerencia');
  await expect(page.getByRole('heading', { level: 1, name: 'A semana da unidade' })).toBeVisible();
  await expect(page.getByText('Escolha uma unidade para ver a semana.')).toBeVisible();
  await page.getByLabel('Unidade').selectOption({ label: UNIT });
  await page.getByLabel('Semana de').fill('2026-12-02');
  await page.getByRole('button', { name: 'Mostrar' }).click();

  // Any day of the week shows the week from its Monday.
  await expect(
    page.getByRole('heading', { level: 2, name: `${UNIT}: de 30 de novembro de 2026 a 6 de dezembro de 2026` }),
  ).toBeVisible();
  for (const chart of ['Atendimentos por dia', 'Espera por dia, em minutos', 'Jornadas da semana, etapa por etapa'])
    await expect(page.getByRole('img', { name: chart })).toBeVisible();
  // Each chart says what it shows in words, and gives its figures in a table.
  await expect(
    page.getByText(/^Na semana, \d+ agendados?, .* O dia mais cheio foi terça-feira, 1 de dezembro/),
  ).toBeVisible();
  await expect(page.getByText(/^Metade das pessoas chamadas esperou até \d+ min, e 90% até \d+ min\./)).toBeVisible();
  await expect(
    page.getByText(/^(Das \d+ jornadas que escolheram esta unidade|Nenhuma jornada escolheu)/),
  ).toBeVisible();
  const days = page.getByRole('table', { name: 'Atendimentos por dia' }).getByRole('row');
  await expect(days).toHaveCount(1 + 7 + 1);
  await expect(days.last()).toContainText('Semana inteira');

  const lines = page.getByRole('table', { name: 'Por dia e serviço' }).getByRole('row');
  const shown = (await lines.count()) - 1;
  expect(shown).toBeGreaterThan(0);
  const csv = await page.request.get(
    (await page.getByRole('link', { name: 'Baixar CSV: atendimentos da semana' }).getAttribute('href'))!,
  );
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
  expect(csv.headers()['content-disposition']).toMatch(
    /^attachment; filename="semana-atendimentos-\d+-2026-11-30-2026-12-06\.csv"$/,
  );
  const rows = (await csv.text()).trimEnd().split('\r\n');
  expect(rows[0]).toMatch(/^dia,unidade_id,servico_id,servico,agendados,sem_agendamento,faltas,/);
  expect(rows).toHaveLength(1 + shown);

  if (info.project.name === 'js') expect(await axeViolations(page)).toEqual([]);
  if (process.env.UPDATE_SCREENSHOTS && info.project.name === 'js')
    await page.screenshot({ path: 'docs/managers-week.png', fullPage: true });

  await page.getByRole('link', { name: 'Semana anterior' }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: `${UNIT}: de 23 de novembro de 2026 a 29 de novembro de 2026` }),
  ).toBeVisible();
});

test('a clerk is told the week is not for their role, with a 403, and is given no CSV', async ({ page }) => {
  await page.goto('/staff/week');
  await staffSignIn(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Esta página não é para o seu perfil' })).toBeVisible();
  expect((await page.goto('/staff/week'))?.status()).toBe(403);
  await expect(page.getByRole('navigation', { name: 'Área da equipe' }).getByRole('link')).not.toContainText([
    'A semana da unidade',
  ]);
  expect((await page.request.get('/staff/week/export?unit=501&kind=visits')).status()).toBe(403);
});
