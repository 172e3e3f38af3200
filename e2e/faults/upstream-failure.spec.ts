import { axeViolations, expect, test } from '../fixtures';
import { datePage, licenceRenewal, roomy } from '../fixtures/places';

test.afterEach(async ({ simulator }) => {
  await simulator.clearFaults();
});

test('a failing upstream gets a calm page, and "try again" works once it recovers', async ({
  page,
  site,
  simulator,
}) => {
  await simulator.fault('listCompaniesByUser', { status: 503 });
  await site.openHome();
  await expect(page.getByRole('heading', { level: 1, name: 'O serviço está indisponível no momento' })).toBeVisible();
  await expect(page.getByText(/Se precisar de ajuda, informe este código: [0-9a-f]{8}/)).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await simulator.clearFaults();
  await page.getByRole('link', { name: 'Tentar novamente' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Agende seu atendimento' })).toBeVisible();
  await expect(site.companyLinks()).toHaveCount(4);
});

test('a step that fails says whom to ask and when: the help line of the company the journey names', async ({
  page,
  simulator,
}) => {
  await simulator.fault('listSchedulingDates', { status: 503 });
  await page.goto(datePage(licenceRenewal));
  await expect(page.getByRole('heading', { level: 1, name: /temporariamente|indisponível/ })).toBeVisible();
  const help = page.getByRole('region', { name: 'Precisa de ajuda?' });
  await expect(help).toContainText('Central de atendimento: (92) 3303-9000.');
  await expect(help).toContainText('sábado, das 08:00 às 12:00');
  expect(await axeViolations(page)).toEqual([]);
});

test('a unit with no free day says whom to ask and when: the help line of its company', async ({ page, simulator }) => {
  // The account answers the unit's days with none free.
  await simulator.fault('listSchedulingDates', { reshape: { set: { path: 'data', value: [] } } });
  await page.goto(datePage(licenceRenewal));
  await expect(page.getByText('Não há dias livres neste local para este serviço.')).toBeVisible();
  const help = page.getByRole('region', { name: 'Precisa de ajuda?' });
  await expect(help).toContainText('Central de atendimento: (92) 3303-9000.');
  await expect(help).toContainText('segunda-feira a sexta-feira, das 07:00 às 19:00; sábado, das 08:00 às 12:00');
});

test('a hang past the timeout gets the same calm page, in English too', async ({ page, site, simulator }) => {
  await site.openHome();
  await site.switchLanguage('English');
  await simulator.fault('listCompaniesByUser', { hang: true });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'The service is unavailable at the moment' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Try again' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('a broken contract and a refused key are told apart from an outage', async ({ page, site, simulator }) => {
  await simulator.fault('listCompaniesByUser', { malformed: true });
  await site.openHome();
  await expect(page.getByRole('heading', { level: 1, name: 'Recebemos uma resposta inesperada' })).toBeVisible();
  await simulator.fault('listCompaniesByUser', { status: 401 });
  await page.reload();
  await expect(
    page.getByRole('heading', { level: 1, name: 'O agendamento está temporariamente fora do ar' }),
  ).toBeVisible();
});

test('the browser’s own reads answer as a gateway would: 503 away, 504 too slow, 502 unusable', async ({
  request,
  simulator,
}) => {
  const dates = `/book/live/dates?unit=${roomy.unit}&serviceType=${roomy.serviceType}&region=${roomy.region}`;
  for (const [fault, status] of [
    [{ status: 503 }, 503],
    [{ hang: true }, 504],
    [{ malformed: true }, 502],
  ] as const) {
    await simulator.fault('listSchedulingDates', fault);
    const response = await request.get(dates);
    expect(response.status(), JSON.stringify(fault)).toBe(status);
    expect(await response.json()).toMatchObject({ reference: expect.stringMatching(/^[0-9a-f]{8}$/) });
  }
});
