import { axeViolations, expect, test } from '../fixtures';
import { inssRioBranco, datePage } from '../fixtures/places';

test('e-MAG shortcuts: Alt+1 to the content, Alt+2 the menu, Alt+4 the footer, from anywhere on the page @js-only', async ({
  page,
}) => {
  await page.goto('/');
  // The shortcuts are the page's script: pressed before it runs, Alt+1 is the browser's own access
  // key. The script has run once the Libras button (drawn only with JavaScript) is there.
  await expect(page.getByRole('button', { name: /^Libras/ })).toBeVisible();
  await page.keyboard.press('Alt+1');
  await expect(page.locator('#main')).toBeFocused();
  await page.keyboard.press('Alt+4');
  await expect(page.locator('#footer')).toBeFocused();
  await page.keyboard.press('Alt+2');
  await expect(page.locator('#menu')).toBeFocused();
  // The bar says them, with their keys, and the accessibility page explains them.
  const bar = page.getByRole('navigation', { name: 'Acessibilidade' });
  await expect(bar.getByRole('link', { name: 'Ir para o conteúdo 1' })).toHaveAttribute('accesskey', '1');
  await bar.getByRole('link', { name: 'Acessibilidade' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Acessibilidade' })).toBeVisible();
  await expect(page.getByText('Alt+1: ir para o conteúdo')).toBeVisible();
});

test('without JavaScript the shortcuts are the bar’s links with access keys 1 to 4 @no-js-only', async ({ page }) => {
  await page.goto('/');
  const bar = page.getByRole('navigation', { name: 'Acessibilidade' });
  for (const [name, key] of [
    ['Ir para o conteúdo 1', '1'],
    ['Ir para o menu 2', '2'],
    ['Ir para o formulário 3', '3'],
    ['Ir para o rodapé 4', '4'],
  ] as const)
    await expect(bar.getByRole('link', { name })).toHaveAttribute('accesskey', key);
  // The browser's access key activates the link, as the keyboard does here.
  await bar.getByRole('link', { name: 'Ir para o conteúdo 1' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test('Alt+3 goes to the first field of the page’s form @js-only', async ({ page }) => {
  await page.goto('/appointments');
  await page.keyboard.press('Alt+3');
  await expect(page.getByRole('textbox', { name: 'Número do protocolo' })).toBeFocused();
});

test('high contrast is chosen once and holds on every page until switched back', async ({ page }) => {
  await page.goto('/');
  const toggle = () => page.getByRole('button', { name: 'Alto contraste' });
  await expect(toggle()).toHaveAttribute('aria-pressed', 'false');
  await toggle().click();
  await expect(page.locator('html')).toHaveClass('contrast');
  await expect(toggle()).toHaveAttribute('aria-pressed', 'true');
  await page.goto(datePage(inssRioBranco));
  await expect(page.locator('html')).toHaveClass('contrast');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(0, 0, 0)');
  await toggle().click();
  await expect(page.locator('html')).not.toHaveClass('contrast');
  await page.goto('/privacy');
  await expect(page.locator('html')).not.toHaveClass('contrast');
});

test('pages in high contrast, and the accessibility page, have no axe violations @js-only', async ({ page, site }) => {
  await page.goto('/accessibility');
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Alto contraste' }).click();
  await expect(page.locator('html')).toHaveClass('contrast');
  // The page comes back from the switch with its title streamed after its body: axe reads it whole.
  await expect(page).toHaveTitle(/\S/);
  expect(await axeViolations(page)).toEqual([]);
  for (const path of ['/', datePage(inssRioBranco), '/appointments', '/privacy']) {
    await page.goto(path);
    expect(await axeViolations(page), path).toEqual([]);
  }
  await page.goto('/appointments');
  await page.getByRole('button', { name: 'Consultar' }).click();
  await expect(page.getByRole('alert', { name: 'Há um problema' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await site.switchLanguage('English');
  await page.goto('/accessibility');
  await expect(page.getByRole('heading', { level: 1, name: 'Accessibility' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('nothing is asked of VLibras until the citizen asks for Libras; then its widget starts @js-only', async ({
  page,
}) => {
  const asked: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).hostname.endsWith('vlibras.gov.br')) asked.push(request.url());
  });
  // Its host is not reachable from here: its script is stood in for, to see it loaded and started.
  await page.route('https://vlibras.gov.br/**', (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: 'window.VLibras = { Widget: function (app) { window.vlibrasStarted = app; } };',
    }),
  );
  await page.goto('/');
  await page.goto(datePage(inssRioBranco));
  await page.goto('/appointments');
  expect(asked).toEqual([]);
  const libras = page.getByRole('button', { name: 'Libras (VLibras)' });
  await expect(libras).toHaveAttribute('aria-pressed', 'false');
  await libras.click();
  await expect(libras).toHaveAttribute('aria-pressed', 'true');
  expect(asked).toEqual(['https://vlibras.gov.br/app/vlibras-plugin.js']);
  expect(await page.evaluate(() => (window as unknown as { vlibrasStarted?: string }).vlibrasStarted)).toBe(
    'https://vlibras.gov.br/app',
  );
});

for (const language of ['Português', 'English'] as const) {
  test(`VLibras that cannot load is said, with the apps to use instead, and can be asked again, in ${language} @js-only`, async ({
    page,
    site,
  }) => {
    const words = {
      Português: { failed: /O VLibras não carregou agora/, apps: 'VLibras: aplicativos de Libras' },
      English: { failed: /VLibras did not load just now/, apps: 'VLibras: Brazilian Sign Language apps' },
    }[language];
    let reachable = false;
    await page.route('https://vlibras.gov.br/**', (route) =>
      reachable
        ? route.fulfill({
            contentType: 'text/javascript',
            body: 'window.VLibras = { Widget: function (app) { window.vlibrasStarted = app; } };',
          })
        : route.abort('connectionrefused'),
    );
    await site.openHome();
    if (language === 'English') await site.switchLanguage('English');
    const libras = page.getByRole('button', { name: 'Libras (VLibras)' });
    await libras.click();
    const said = page.getByRole('alert').filter({ hasText: words.failed });
    await expect(said).toBeVisible();
    await expect(said.getByRole('link', { name: words.apps })).toHaveAttribute('href', /gov\.br\/governodigital/);
    await expect(libras).toHaveAttribute('aria-pressed', 'false');
    // Reachable again: pressed again, it loads, and the message goes.
    reachable = true;
    await libras.click();
    await expect(libras).toHaveAttribute('aria-pressed', 'true');
    await expect(said).toHaveCount(0);
  });
}

test('without JavaScript, Libras is a link to the VLibras apps @no-js-only', async ({ page }) => {
  await page.goto('/');
  // On this project's phone the bar says "Libras" alone, to stay one line.
  await expect(page.getByRole('link', { name: /^(VLibras: aplicativos de )?Libras$/ })).toHaveAttribute(
    'href',
    /gov\.br\/governodigital/,
  );
});
