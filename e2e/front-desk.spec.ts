import { expect, newCitizen, test } from './fixtures';
import { bookElsewhere, leaseTime } from './fixtures/booking-helpers';
import { APP_URL } from './fixtures/env';
import { typeInto } from './fixtures/journey';
import { inssRioBranco } from './fixtures/places';
import { readQr } from './fixtures/qr';
import { lookUp, staffSignIn } from './fixtures/sign-in';

test('the receipt’s QR opens the appointment’s staff page at arrival, after sign-in', async ({ page, simulator }) => {
  const citizen = newCitizen('Vicente Chegada');
  const protocol = await bookElsewhere(simulator, inssRioBranco, await leaseTime(simulator, inssRioBranco), citizen);
  await lookUp(page, protocol, citizen.cpfFormatted);
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
