import { expect, newCitizen, test } from '../fixtures';
import { leaseTime } from '../fixtures/booking-helpers';
import { cuiabaVaccination } from '../fixtures/places';

test.describe('ways into the journey', () => {
  test('a custom link with one category lands on its services', async ({ page }) => {
    await page.goto('/l/documentos-campinas');
    await expect(page.getByRole('heading', { level: 1, name: 'Qual serviço você quer agendar?' })).toBeVisible();
    await expect(page.getByRole('radio', { name: 'Carteira de Identidade (1ª via)' })).toBeVisible();
    await expect(page.getByRole('radio', { name: 'Parcelamento de IPTU' })).toHaveCount(0);
  });

  test('a custom link spanning two companies lets the citizen choose, then scopes the categories', async ({
    page,
    booking,
  }) => {
    await page.goto('/l/mutirao-cidadania');
    await expect(page.getByRole('link', { name: 'Clínica Popular Bem Viver' })).toBeVisible();
    await page.getByRole('link', { name: 'Prefeitura Municipal de Campinas' }).click();
    await expect(page.getByRole('radio', { name: 'Documentos pessoais' })).toBeVisible();
    await expect(page.getByRole('radio', { name: 'Assistência social' })).toBeVisible();
    await expect(page.getByRole('radio', { name: 'Tributos e taxas' })).toHaveCount(0);
    await booking.chooseCategory('Assistência social');
    await expect(page).toHaveURL(/link=mutirao-cidadania/);
  });

  test('an unknown or expired link gets a clear page and a way to the start', async ({ page }) => {
    for (const token of ['campanha-2025', 'no-such-link']) {
      await page.goto(`/l/${token}`);
      await expect(page.getByRole('heading', { level: 1, name: 'Este link não é válido' })).toBeVisible();
    }
    await page.getByRole('link', { name: 'Ir para o início do agendamento' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Agende seu atendimento' })).toBeVisible();
  });

  test('single-option steps are skipped and still shown on the check page', async ({ page, booking, simulator }) => {
    const at = await leaseTime(simulator, cuiabaVaccination);
    await booking.start('Clínica Popular Bem Viver');
    // One category, then (after the type) one region and one unit: straight to the calendar.
    await expect(page.getByRole('heading', { level: 1, name: 'Qual serviço você quer agendar?' })).toBeVisible();
    await booking.chooseType('Vacinação');
    await expect(page.getByRole('heading', { level: 1, name: 'Escolha o dia' })).toBeVisible();
    await booking.chooseDate(at.date);
    await expect(page.getByRole('heading', { level: 2, name: 'Manhã' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Tarde' })).toHaveCount(0);
    await booking.chooseTime(at.hour);
    await booking.fillDetails(newCitizen());
    await page.getByLabel('Vacina').selectOption({ label: 'Febre amarela' });
    await booking.next();
    await expect(page.getByRole('heading', { level: 1, name: 'Confira antes de confirmar' })).toBeVisible();
    await expect(page.getByRole('definition').filter({ hasText: 'Cuiabá' }).first()).toBeVisible();
    await expect(page.getByText('Bem Viver Unidade Centro Sul')).toBeVisible();
    await expect(page.getByText('Febre amarela')).toBeVisible();
    // Skipped answers have nothing to change.
    await expect(page.getByRole('link', { name: 'Alterar Região' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Alterar Serviço' })).toBeVisible();
  });

  test('a stale choice in the address sends the citizen to the question that needs a new answer', async ({ page }) => {
    // Detran Cidade Nova (unit 509) does not offer the licence renewal (service type 307).
    await page.goto('/book/date?company=102&category=204&serviceType=307&region=404&unit=509');
    await expect(page.getByRole('heading', { level: 1, name: 'Em qual local?' })).toBeVisible();
    await expect(page.getByText('O local escolhido não oferece mais este serviço')).toBeVisible();
    // A tampered ID is dropped, and the journey asks that question again.
    await page.goto('/book/region?company=102&category=204&serviceType=abc');
    await expect(page.getByRole('heading', { level: 1, name: 'Qual serviço você quer agendar?' })).toBeVisible();
  });

  test('a question submitted without an answer says so at the field and on top', async ({ page }) => {
    await page.goto('/book/category?company=101');
    await page.getByRole('button', { name: 'Continuar' }).click();
    await expect(page).toHaveTitle(/^Erro: /);
    const summary = page.getByRole('alert').filter({ hasText: 'Há um problema' });
    await expect(summary.getByRole('link', { name: 'Selecione um tipo de serviço' })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Que tipo de serviço você procura?' })).toContainText(
      'Erro: Selecione um tipo de serviço',
    );
  });
});
