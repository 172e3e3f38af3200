import { expect, newCitizen, test } from '../fixtures';
import { leaseTime } from '../fixtures/booking-helpers';
import { typeInto } from '../fixtures/journey';
import {
  campinasCertificate,
  campinasInstalments,
  cuiabaConsultation,
  cuiabaVaccination,
  detailsPage,
  licenceRenewal,
} from '../fixtures/places';

test.describe('details', () => {
  test('wrong CPF, a missing service question and an over-long name: messages at the fields and on top, nothing lost', async ({
    page,
    booking,
    simulator,
  }) => {
    const citizen = newCitizen('A'.repeat(130));
    await page.goto(detailsPage(cuiabaVaccination, await leaseTime(simulator, cuiabaVaccination)));
    await booking.fillDetails({ ...citizen, cpfFormatted: '123.456.789-00' });
    await booking.next();

    await expect(page).toHaveTitle(/^Erro: /);
    const summary = page.getByRole('alert').filter({ hasText: 'Há um problema' });
    await expect(summary.getByRole('link')).toHaveText([
      'O nome deve ter no máximo 120 caracteres',
      'Este CPF não existe: confira os números',
      'Preencha: Vacina',
    ]);
    await expect(page.getByRole('textbox', { name: 'CPF', exact: true })).toHaveAccessibleDescription(
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

  test('fixed details go on to the check page', async ({ page, booking, simulator }) => {
    const citizen = newCitizen();
    await page.goto(detailsPage(cuiabaVaccination, await leaseTime(simulator, cuiabaVaccination)));
    await booking.fillDetails({ ...citizen, phone: '1234' });
    await booking.next();
    await expect(page.getByText('Digite um celular com DDD, como (11) 91234-5678').first()).toBeVisible();
    await typeInto(page.getByRole('textbox', { name: 'Celular', exact: true }), citizen.phone);
    await page.getByLabel('Vacina').selectOption({ label: 'Covid-19' });
    await booking.next();
    await expect(page.getByRole('heading', { level: 1, name: 'Confira antes de confirmar' })).toBeVisible();
  });

  test('an optional checkbox left unticked goes through', async ({ page, booking, simulator }) => {
    await page.goto(detailsPage(cuiabaConsultation, await leaseTime(simulator, cuiabaConsultation)));
    await booking.fillDetails(newCitizen());
    await expect(page.getByRole('checkbox', { name: 'Tenho direito a atendimento prioritário' })).not.toBeChecked();
    await booking.next();
    await expect(page.getByRole('heading', { level: 1, name: 'Confira antes de confirmar' })).toBeVisible();
  });

  test('a required checkbox and an unanswered question are asked for in words', async ({
    page,
    booking,
    simulator,
  }) => {
    await page.goto(detailsPage(licenceRenewal, await leaseTime(simulator, licenceRenewal)));
    await booking.fillDetails(newCitizen());
    await typeInto(page.getByLabel('Número de registro da CNH'), '12345678901');
    await booking.next();
    const summary = page.getByRole('alert').filter({ hasText: 'Há um problema' });
    await expect(summary.getByRole('link')).toHaveText(['Marque: Já paguei a taxa (DAR)']);

    await page.goto(detailsPage(campinasCertificate, await leaseTime(simulator, campinasCertificate)));
    await booking.fillDetails(newCitizen());
    await booking.next();
    await expect(summary.getByRole('link')).toHaveText(['Preencha: Para que você precisa da certidão?']);
    await expect(page.getByText(/booking\.|expected|received/)).toHaveCount(0);
  });

  test('a count takes whole numbers, and a short CPF is told it has 11 digits', async ({
    page,
    booking,
    simulator,
  }) => {
    await page.goto(detailsPage(campinasInstalments, await leaseTime(simulator, campinasInstalments)));
    await booking.fillDetails({ ...newCitizen(), cpfFormatted: '123.456.789-0' });
    await typeInto(page.getByRole('textbox', { name: 'Inscrição imobiliária' }), '1234567');
    await typeInto(page.getByRole('textbox', { name: 'Número de parcelas desejado' }), '2,5');
    await booking.next();
    await expect(page.getByRole('alert').filter({ hasText: 'Há um problema' }).getByRole('link')).toHaveText([
      'O CPF tem 11 números: confira se falta ou sobra algum',
      'Número de parcelas desejado: digite um número inteiro, sem vírgula',
    ]);
  });
});
