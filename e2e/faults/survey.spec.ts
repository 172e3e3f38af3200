import type { Page } from '@playwright/test';
import { simulatorControl, type SimulatorControl } from '@/simulator/control-client';
import { startSimulator } from '@/simulator/server';
import { axeViolations, expect, newCitizen, test } from '../fixtures';
import { bookElsewhere, leaseTime } from '../fixtures/booking-helpers';
import { E2E_NOW } from '../fixtures/env';
import { startInstance, startRedis, type Instance } from '../fixtures/instances';
import { typeInto } from '../fixtures/journey';
import { campinasCertificate as place } from '../fixtures/places';

// The survey after a visit, end to end on an account of its own: a finished attendance is found in
// the report, its citizen invited once, and the survey's answers registered once, with and without
// JavaScript. Its own simulator, Redis and instance (sweeping every second, inviting at once).
let sim: Awaited<ReturnType<typeof startSimulator>>;
let simulator: SimulatorControl;
let redis: Awaited<ReturnType<typeof startRedis>>;
let app: Instance;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  sim = await startSimulator({ now: new Date(E2E_NOW) });
  simulator = simulatorControl(sim.url);
  redis = await startRedis();
  app = await startInstance({
    TATODESK_SIMULATOR_URL: sim.url,
    REDIS_URL: redis.url,
    SURVEY_FORM_ID: '1',
    SURVEY_SWEEP_SECONDS: '1',
    SURVEY_DELAY_MINUTES: '0',
  });
});
test.afterAll(async () => {
  await app?.kill();
  await redis?.stop();
  await sim?.close();
});

/** A visit booked elsewhere, seen and finished on its day: the path of the survey's link it brings. */
async function finishedVisit(name: string) {
  const citizen = newCitizen(name);
  const at = await leaseTime(simulator, place);
  const protocol = await bookElsewhere(simulator, place, at, citizen);
  await simulator.setClock(`${at.date}T18:00:00-03:00`);
  await simulator.setStatus(protocol, 'finished');
  const invitations = async () =>
    (await simulator.notifications()).filter((n) => n.metadata?.protocol === protocol && n.metadata.kind === 'survey');
  await expect.poll(async () => (await invitations()).length, { timeout: 30_000 }).toBe(1);
  const [email] = await invitations();
  expect(email).toMatchObject({ channel: 'email', templateID: 'visit-survey', to: citizen.email });
  const link = (email!.parameters as Record<string, string>).link!;
  expect(link).not.toContain(citizen.cpf);
  return { protocol, path: new URL(link).pathname };
}

const registered = async (protocol: string) =>
  (await simulator.surveyAnswers()).filter((a) => a.reference === protocol);

/** The citizen answers as a person does: a number on the scale, an option, words typed key by key. */
async function answer(page: Page, words: string) {
  await page.getByRole('group', { name: 'Como você avalia o atendimento que recebeu?' }).getByLabel('4').check();
  await page.getByRole('group', { name: 'Seu problema foi resolvido?' }).getByLabel('Em parte').check();
  await typeInto(page.getByRole('textbox', { name: 'Quer contar algo mais? (opcional)' }), words);
  await page.getByRole('button', { name: 'Enviar respostas' }).click();
}

test('a finished visit is invited once; its survey is answered once, and a second submission changes nothing', async ({
  page,
  context,
}) => {
  const { protocol, path } = await finishedVisit('Vera Avaliação');
  await page.goto(`${app.url}${path}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Pesquisa de satisfação do atendimento' })).toBeVisible();
  await expect(page.getByText(`Sobre o seu atendimento de protocolo ${protocol}.`)).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  // A second tab holds the same survey, for the second submission below.
  const other = await context.newPage();
  await other.goto(`${app.url}${path}`);

  // Nothing chosen: each required question says so, with a summary on top.
  await page.getByRole('button', { name: 'Enviar respostas' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Há um problema' })).toContainText('Responda a esta pergunta');
  await expect(page).toHaveTitle(/^Erro:/);

  await answer(page, 'Fui bem atendida.');
  await expect(page.getByRole('status').filter({ hasText: 'Obrigado!' })).toContainText('Recebemos suas respostas.');
  expect(await axeViolations(page)).toEqual([]);
  expect(await registered(protocol)).toEqual([
    expect.objectContaining({
      formID: 1,
      attendanceUnitID: place.unit,
      answers: [
        { questionID: 11, value: 4 },
        { questionID: 12, value: 2 },
        { questionID: 13, value: 'Fui bem atendida.' },
      ],
    }),
  ]);

  // The other tab sends again: it is told the answers were already received, and nothing is sent.
  await answer(other, 'De novo.');
  await expect(other.getByRole('status').filter({ hasText: 'Obrigado!' })).toContainText(
    'Suas respostas a esta pesquisa já foram recebidas.',
  );
  expect(await registered(protocol)).toHaveLength(1);
  // More sweeps find the visit finished again: it is not invited again.
  const sweeps = async () => (await simulator.log()).filter((e) => e.endpoint === 'inPersonReport').length;
  const seen = await sweeps();
  await expect.poll(sweeps, { timeout: 30_000 }).toBeGreaterThanOrEqual(seen + 2);
  const invited = (await simulator.notifications()).filter(
    (n) => n.metadata?.protocol === protocol && n.metadata.kind === 'survey',
  );
  expect(invited).toHaveLength(1);
});

test('a forged or cut link is a calm 404, in both languages, with or without JavaScript', async ({
  page,
  site,
  browser,
}) => {
  const { path } = await finishedVisit('Otávio Link');
  const broken = [path.slice(0, -4), '/survey/abc.def.ghi', `${path}x`];
  for (const address of broken) {
    const response = await page.goto(`${app.url}${address}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Este link de pesquisa não vale mais' })).toBeVisible();
  }
  await site.switchLanguage('English');
  await expect(page.getByRole('heading', { level: 1, name: 'This survey link is no longer valid' })).toBeVisible();
  // The page is written by the server, not filled in by script.
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const plain = await context.newPage();
    expect((await plain.goto(`${app.url}${broken[0]}`))?.status()).toBe(404);
    await expect(plain.getByRole('heading', { level: 1, name: 'Este link de pesquisa não vale mais' })).toBeVisible();
  } finally {
    await context.close();
  }
});

test('the survey is answered without JavaScript', async ({ browser }) => {
  const { protocol, path } = await finishedVisit('Nilo Sem Script');
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  try {
    await page.goto(`${app.url}${path}`);
    await page.getByRole('button', { name: 'Enviar respostas' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Há um problema' })).toContainText(
      'Responda a esta pergunta',
    );
    await answer(page, 'Sem script.');
    await expect(page.getByRole('status').filter({ hasText: 'Obrigado!' })).toContainText('Recebemos suas respostas.');
    expect((await registered(protocol)).map((a) => a.answers.length)).toEqual([3]);
  } finally {
    await context.close();
  }
});
