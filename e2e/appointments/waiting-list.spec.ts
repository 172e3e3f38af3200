import { axeViolations, expect, newCitizen, test } from '../fixtures';
import { typeInto } from '../fixtures/journey';
import { cuiabaVaccination, datePage } from '../fixtures/places';

// The simulator's today (the unit's): 1 December 2026.
const TODAY = '2026-12-01';

test('joining the waiting list from the days of a unit: messages at their fields, values kept, then in line; leaving deletes it', async ({
  page,
}) => {
  const citizen = newCitizen('Rita Esperando');
  await page.goto(datePage(cuiabaVaccination));
  await expect(page.getByRole('heading', { level: 2, name: 'Nenhum dia serve?' })).toBeVisible();
  await page.getByRole('link', { name: 'Avise-me se abrir uma vaga' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Avise-me se abrir uma vaga' })).toBeVisible();
  await expect(page.getByText('Nenhuma vaga fica reservada para você')).toBeVisible();
  // The range offered: from the unit's today, a month on.
  await expect(page.getByLabel('A partir de')).toHaveValue(TODAY);
  await expect(page.getByLabel('Até')).toHaveValue('2026-12-31');

  // By phone, a number too short, no consent, and a last day before the first.
  await page.getByRole('radio', { name: 'Por WhatsApp ou SMS' }).check();
  await typeInto(page.getByRole('textbox', { name: 'Celular' }), '(65) 9912');
  await page.getByLabel('Até').fill('2026-11-30');
  await page.getByRole('button', { name: 'Entrar na lista de espera' }).click();
  const summary = page.getByRole('alert', { name: 'Há um problema' });
  await expect(summary.getByRole('link')).toHaveText([
    'A data final deve ser igual ou posterior à inicial',
    'Digite um celular com DDD, como (11) 91234-5678',
    'Marque que aceita receber o aviso por WhatsApp ou SMS, ou escolha e-mail',
  ]);
  await expect(page).toHaveTitle(/^Erro:/);
  await expect(page.getByRole('textbox', { name: 'Celular' })).toHaveValue('(65) 9912');
  await expect(page.getByRole('radio', { name: 'Por WhatsApp ou SMS' })).toBeChecked();

  // By e-mail instead, within the month.
  await page.getByRole('radio', { name: 'Por e-mail' }).check();
  await typeInto(page.getByRole('textbox', { name: 'E-mail' }), citizen.email);
  await page.getByLabel('Até').fill('2026-12-20');
  await page.getByRole('button', { name: 'Entrar na lista de espera' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lista de espera' })).toBeVisible();
  await expect(page.getByText('Você entrou na lista de espera')).toBeVisible();
  await expect(page.getByText(/Você está na fila\./)).toBeVisible();
  await expect(page.getByText('Nenhuma vaga fica reservada para você')).toBeVisible();
  await expect(page.getByText('de 1 de dezembro de 2026 a 20 de dezembro de 2026')).toBeVisible();
  await expect(page.getByText(citizen.email)).toBeVisible();
  const entryPage = page.url();
  expect(entryPage).toMatch(/\/waiting-list\/[\w-]{32}\?joined=1$/);

  // The same contact on the same list again: told so at the field.
  await page.goto(datePage(cuiabaVaccination));
  await page.getByRole('link', { name: 'Avise-me se abrir uma vaga' }).click();
  await page.getByRole('radio', { name: 'Por e-mail' }).check();
  await typeInto(page.getByRole('textbox', { name: 'E-mail' }), citizen.email);
  await page.getByRole('button', { name: 'Entrar na lista de espera' }).click();
  await expect(page.getByRole('alert', { name: 'Há um problema' }).getByRole('link')).toHaveText(
    'Este contato já está na lista de espera deste serviço neste local',
  );

  // Leaving, from the page the notice also links to: gone, and said so. Whom to ask meanwhile, and when.
  await page.goto(entryPage.replace('?joined=1', ''));
  const help = page.getByRole('region', { name: 'Precisa de ajuda?' });
  await expect(help).toContainText('Central de atendimento: 0800 065 0000.');
  await expect(help).toContainText('Atendimento: segunda-feira a sexta-feira, das 08:00 às 17:00.');
  await page.getByRole('button', { name: 'Sair da lista de espera' }).click();
  await expect(page.getByText('Você saiu da lista de espera. Seu contato foi apagado.')).toBeVisible();
  await page.goto(entryPage.replace('?joined=1', ''));
  await expect(page.getByText('Esta inscrição não está na lista de espera')).toBeVisible();
});

test('the waiting list pages have no axe violations, in both languages @js-only', async ({ page, site }) => {
  await page.goto(datePage(cuiabaVaccination));
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('link', { name: 'Avise-me se abrir uma vaga' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Avise-me se abrir uma vaga' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Entrar na lista de espera' }).click();
  await expect(page.getByRole('alert', { name: 'Há um problema' })).toContainText('Escolha como quer ser avisado');
  expect(await axeViolations(page)).toEqual([]);

  await site.switchLanguage('English');
  await expect(page.getByRole('heading', { level: 1, name: 'Tell me if a place opens' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('radio', { name: 'By email' }).check();
  await typeInto(page.getByRole('textbox', { name: 'Email' }), newCitizen().email);
  await page.getByRole('button', { name: 'Join the waiting list' }).click();
  await expect(page.getByText('You joined the waiting list')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Leave the waiting list' }).click();
  await expect(page.getByText('You left the waiting list. Your contact was deleted.')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
