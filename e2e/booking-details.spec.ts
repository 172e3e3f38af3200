import { expect, newCitizen, test } from './fixtures';

const vaccination = '/book/details?company=103&category=206&type=312&region=406&unit=507&date=2026-12-02&time=08:00';

test.describe('details', () => {
  test('wrong CPF, a missing service question and an over-long name: messages at the fields and on top, nothing lost', async ({
    page,
    booking,
  }) => {
    const citizen = newCitizen('A'.repeat(130));
    await page.goto(vaccination);
    await booking.fillDetails({ ...citizen, cpfFormatted: '123.456.789-00' });
    await booking.next();

    await expect(page).toHaveTitle(/^Erro: /);
    const summary = page.getByRole('alert').filter({ hasText: 'Há um problema' });
    await expect(summary.getByRole('link')).toHaveText([
      'O nome deve ter no máximo 120 caracteres',
      'Este CPF não existe: confira os números',
      'Preencha: Vacina',
    ]);
    await expect(page.getByRole('textbox', { name: 'CPF' })).toHaveAccessibleDescription(
      /Erro: Este CPF não existe: confira os números/,
    );
    await expect(page.getByRole('combobox', { name: 'Vacina' })).toHaveAccessibleDescription(/Erro: Preencha: Vacina/);
    // Everything typed is still there.
    await expect(page.getByRole('textbox', { name: 'CPF', exact: true })).toHaveValue('123.456.789-00');
    await expect(page.getByRole('textbox', { name: 'Nome completo' })).toHaveValue(citizen.name);
    await expect(page.getByRole('textbox', { name: 'E-mail', exact: true })).toHaveValue(citizen.email);

    await summary.getByRole('link', { name: 'Este CPF não existe: confira os números' }).click();
    await expect(page.getByRole('textbox', { name: 'CPF', exact: true })).toBeFocused();
  });

  test('fixed details go on to the check page', async ({ page, booking }) => {
    const citizen = newCitizen();
    await page.goto(vaccination);
    await booking.fillDetails({ ...citizen, phone: '1234' });
    await booking.next();
    await expect(page.getByText('Digite um celular com DDD, como (11) 91234-5678').first()).toBeVisible();
    await page.getByRole('textbox', { name: 'Celular', exact: true }).fill(citizen.phone);
    await page.getByLabel('Vacina').selectOption({ label: 'Covid-19' });
    await booking.next();
    // 02/12/2026 08:00 may be taken by then; either way the details were accepted.
    await expect(page).toHaveURL(/\/book\/(check|time)\?/);
  });
});
