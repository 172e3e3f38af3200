import { axeViolations, expect, scrollsSideways, test } from '../fixtures';

test.describe('home page', () => {
  test('lists the companies that offer scheduling, in Portuguese by default', async ({ page, site }) => {
    await site.openHome();
    await expect(page).toHaveTitle('Agendamento de atendimento');
    await expect(page.locator('html')).toHaveAttribute('lang', 'pt-BR');
    await expect(page.getByRole('heading', { level: 1, name: 'Agende seu atendimento' })).toBeVisible();
    await expect(site.companyLinks()).toHaveText([
      'Prefeitura Municipal de Campinas',
      'Detran Amazonas',
      'Clínica Popular Bem Viver',
      'INSS – Instituto Nacional do Seguro Social',
    ]);
    // A company that does not schedule is not offered.
    await expect(page.getByText('Arquivo Público Municipal')).toHaveCount(0);
    await expect(page.getByText(/Dados de demonstração/)).toBeVisible();
  });

  test('switches to English and back, staying on the page', async ({ page, site }) => {
    await site.openHome();
    await site.switchLanguage('English');
    await expect(page.getByRole('heading', { level: 1, name: 'Book an appointment' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByText(/Demonstration data/)).toBeVisible();
    await expect(site.companyLinks()).toHaveCount(4);
    await expect(page).toHaveURL('/');

    await site.switchLanguage('Português');
    await expect(page.getByRole('heading', { level: 1, name: 'Agende seu atendimento' })).toBeVisible();
  });

  test('offers a skip link to the main content', async ({ page, site }) => {
    await site.openHome();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Pular para o conteúdo' })).toBeFocused();
  });

  test('does not scroll sideways at 320 px', async ({ page, site }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await site.openHome();
    expect(await scrollsSideways(page)).toBe(false);
  });

  test('has no axe violations in either language @js-only', async ({ page, site }) => {
    await site.openHome();
    expect(await axeViolations(page)).toEqual([]);
    await site.switchLanguage('English');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    expect(await axeViolations(page)).toEqual([]);
    // The demonstration's outbox, linked from the banner.
    await page.getByRole('link', { name: 'See notifications sent' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Notifications sent (demonstration)' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  test('answers an unknown address with a page in the visitor’s language', async ({ page }) => {
    const response = await page.goto('/no-such-page');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Página não encontrada' })).toBeVisible();
  });
});
