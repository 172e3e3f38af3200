import { SIMULATOR_API_KEY } from '@/lib/tatodesk/contract/simulator-key';
import { expect, newCitizen, test } from '../fixtures';
import { bookElsewhere, leaseTime } from '../fixtures/booking-helpers';
import { APP_URL, SIMULATOR_PORT } from '../fixtures/env';
import { pdf } from '../fixtures/files';
import { typeInto } from '../fixtures/journey';
import { campinasCertificate } from '../fixtures/places';

/** What must never reach a browser: the upstream's address (any way it is written) and its key. */
const secrets = [`127.0.0.1:${SIMULATOR_PORT}`, `localhost:${SIMULATOR_PORT}`, SIMULATOR_API_KEY];

test('no page, page data or browser read carries the upstream address or key, documents included @js-only', async ({
  page,
  simulator,
}) => {
  const citizen = newCitizen('Otávio Sem Endereço');
  const at = await leaseTime(simulator, campinasCertificate);
  const protocol = await bookElsewhere(simulator, campinasCertificate, at, citizen);
  await page.goto('/appointments');
  await typeInto(page.getByRole('textbox', { name: 'Número do protocolo' }), protocol);
  await typeInto(page.getByRole('textbox', { name: 'CPF', exact: true }), citizen.cpf);
  await typeInto(page.getByRole('textbox', { name: 'E-mail ou celular informado no agendamento' }), citizen.email);
  await page.getByRole('button', { name: 'Consultar' }).click();
  await page.getByLabel('Escolha os arquivos').setInputFiles([pdf('comprovante.pdf')]);
  await page.getByRole('button', { name: 'Enviar documentos' }).click();
  await expect(page.getByRole('region', { name: 'Documentos enviados' }).getByRole('listitem')).toHaveText([
    'comprovante.pdf',
  ]);

  await page.goto('/staff/sign-in');
  await typeInto(page.getByRole('textbox', { name: 'Usuário' }), 'recepcao');
  await typeInto(page.getByLabel('Senha'), 'demo-recepcao-2026');
  await page.getByRole('button', { name: 'Entrar' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Buscar atendimento' })).toBeVisible();

  const answers = [
    '/',
    `/appointments/${protocol}`,
    `/staff/appointments/${protocol}`,
    `/staff/live/appointment?protocol=${protocol}`,
    `/staff/day?company=101&unit=${campinasCertificate.unit}&date=${at.date}`,
    `/book/live/dates?unit=${campinasCertificate.unit}&serviceType=${campinasCertificate.serviceType}&region=${campinasCertificate.region}`,
  ];
  for (const path of answers) {
    // The raw answer, page data (the RSC payload) included, as it leaves the server.
    const body = await (await page.request.get(path)).text();
    for (const secret of secrets) expect(body.includes(secret), `${secret} in ${path}`).toBe(false);
  }

  // Staff still open the document, through our own route.
  await page.goto(`/staff/appointments/${protocol}`);
  const link = page.getByRole('link', { name: 'comprovante.pdf' });
  await expect(link).toHaveAttribute('href', `/staff/appointments/${protocol}/documents/0`);
  const download = await page.request.get(`/staff/appointments/${protocol}/documents/0`);
  expect(download.status()).toBe(200);
  expect((await download.body()).subarray(0, 5).toString()).toBe('%PDF-');
  // Not without a session.
  const anonymous = await page.context().browser()!.newContext();
  expect((await anonymous.request.get(`${APP_URL}/staff/appointments/${protocol}/documents/0`)).status()).toBe(401);
  await anonymous.close();
});
