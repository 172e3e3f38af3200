import type { Browser, Page } from '@playwright/test';
import { axeViolations, expect, newCitizen, test, type Citizen } from '../fixtures';
import { leaseTime } from '../fixtures/booking-helpers';
import { APP_URL } from '../fixtures/env';
import { journey, typeInto } from '../fixtures/journey';
import { inssRioBranco, timePage } from '../fixtures/places';
import { lookUp } from '../fixtures/sign-in';

/**
 * Booking for someone else (a child, a person in one's care): the attendee is the appointment's
 * client, the responsible person is asked for and recorded, and either CPF finds the appointment.
 * Runs with JavaScript (the responsible's fields appear when "someone else" is chosen) and
 * without (they are always there, under a legend that says when they count).
 */

/** To the details of a free time at Rio Branco, with "for someone else" chosen. */
async function forSomeoneElse(page: Page, simulator: Parameters<typeof leaseTime>[0]) {
  const at = await leaseTime(simulator, inssRioBranco);
  const booking = journey(page);
  await page.goto(timePage(inssRioBranco, at.date));
  await booking.chooseTime(at.hour);
  await expect(page.getByRole('radio', { name: 'Para mim' })).toBeChecked();
  await page.getByRole('radio', { name: /^Para outra pessoa/ }).check();
  return booking;
}

const attendeeName = (page: Page, scripted: boolean) =>
  // With JavaScript the field is worded for the attendee once "someone else" is chosen.
  page.getByRole('textbox', { name: scripted ? 'Nome completo de quem será atendido' : 'Nome completo', exact: true });
const attendeeCpf = (page: Page, scripted: boolean) =>
  page.getByRole('textbox', { name: scripted ? 'CPF de quem será atendido' : 'CPF', exact: true });

async function responsible(page: Page, parent: Citizen) {
  await typeInto(page.getByRole('textbox', { name: 'Nome do responsável' }), parent.name);
  await typeInto(page.getByRole('textbox', { name: 'CPF do responsável' }), parent.cpfFormatted);
  await typeInto(page.getByRole('textbox', { name: 'E-mail' }), parent.email);
}

/** The appointment opened in a browser that never saw it, with one CPF: its page, or the lookup's refusal. */
async function openWith(browser: Browser, javaScriptEnabled: boolean, protocol: string, cpf: string, contact: string) {
  const context = await browser.newContext({ baseURL: APP_URL, javaScriptEnabled, locale: 'pt-BR' });
  const page = await context.newPage();
  await lookUp(page, protocol, cpf, contact);
  const opened = page.getByRole('heading', { level: 1, name: 'Seu agendamento' });
  const refused = page.getByText('Não encontramos um agendamento com esses dados.');
  await expect(opened.or(refused)).toBeVisible();
  const found = await opened.isVisible();
  await context.close();
  return found;
}

test('a parent books for a child with a CPF: each missing part said, the child is the client, either CPF finds it', async ({
  page,
  simulator,
  browser,
  javaScriptEnabled,
}) => {
  const scripted = javaScriptEnabled !== false;
  const child = newCitizen('Joana Criança');
  const parent = newCitizen('Marta Responsável');
  const booking = await forSomeoneElse(page, simulator);
  await typeInto(attendeeName(page, scripted), child.name);
  await typeInto(attendeeCpf(page, scripted), child.cpfFormatted);
  await booking.next();
  await expect(page.getByRole('alert', { name: 'Há um problema' }).getByRole('link')).toHaveText([
    'Digite o nome do responsável',
    'Digite o CPF do responsável',
    'Informe um e-mail ou um celular: ao menos um dos dois',
  ]);
  if (scripted) expect(await axeViolations(page)).toEqual([]);
  // Nothing typed is lost, and "someone else" is still the answer.
  await expect(page.getByRole('radio', { name: /^Para outra pessoa/ })).toBeChecked();
  await expect(attendeeCpf(page, scripted)).toHaveValue(child.cpfFormatted);

  // The child's own CPF given as the responsible's is refused at the field.
  await typeInto(page.getByRole('textbox', { name: 'Nome do responsável' }), parent.name);
  await typeInto(page.getByRole('textbox', { name: 'CPF do responsável' }), child.cpfFormatted);
  await typeInto(page.getByRole('textbox', { name: 'E-mail' }), parent.email);
  await booking.next();
  await expect(page.getByRole('alert', { name: 'Há um problema' }).getByRole('link')).toHaveText([
    'O CPF do responsável deve ser diferente do CPF de quem será atendido',
  ]);
  await responsible(page, parent);
  await booking.next();

  await expect(page.getByRole('heading', { level: 1, name: 'Confira antes de confirmar' })).toBeVisible();
  const person = page.locator('dl').nth(1);
  await expect(person.getByRole('term')).toHaveText([
    'Nome completo de quem será atendido',
    'CPF de quem será atendido',
    'Nome do responsável',
    'CPF do responsável',
    'E-mail',
    'Celular',
  ]);
  await expect(person.getByText(child.name)).toBeVisible();
  await expect(person.getByText(child.cpfFormatted)).toBeVisible();
  await expect(person.getByText(parent.name)).toBeVisible();
  await expect(person.getByText(parent.cpfFormatted)).toBeVisible();
  await booking.confirm();
  const protocol = await booking.protocol();

  const held = (await simulator.appointments()).find((a) => a.protocol === protocol)!;
  expect(held.client).toMatchObject({ name: child.name, cpf: child.cpf, email: parent.email });
  expect(held.form).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ key: 'bookedFor', value: 'other' }),
      expect.objectContaining({ key: 'guardianName', value: parent.name }),
      expect.objectContaining({ key: 'guardianCpf', value: parent.cpf }),
    ]),
  );
  expect(await openWith(browser, scripted, protocol, parent.cpfFormatted, parent.email)).toBe(true);
  expect(await openWith(browser, scripted, protocol, child.cpf, parent.email)).toBe(true);
  expect(await openWith(browser, scripted, protocol, newCitizen().cpfFormatted, parent.email)).toBe(false);
});

test('a newborn without a CPF is booked under the responsible’s, told to bring the birth certificate, on the receipt too, and shown so on "my data"', async ({
  page,
  site,
  simulator,
  javaScriptEnabled,
}) => {
  const scripted = javaScriptEnabled !== false;
  const parent = newCitizen('Paulo Pai');
  const booking = await forSomeoneElse(page, simulator);
  await typeInto(attendeeName(page, scripted), 'Davi Recém-Nascido');
  await booking.next();
  await expect(page.getByRole('alert', { name: 'Há um problema' }).getByRole('link').first()).toHaveText(
    'Digite o CPF de quem será atendido, ou marque que a pessoa ainda não tem CPF',
  );
  const noCpf = page.getByRole('checkbox', { name: 'A pessoa ainda não tem CPF (recém-nascido)' });
  await expect(noCpf).toHaveAccessibleDescription(/Leve a certidão de nascimento ao atendimento/);
  await noCpf.check();
  await responsible(page, parent);
  await booking.next();

  await expect(page.getByText('Sem CPF (recém-nascido): levar a certidão de nascimento')).toBeVisible();
  await booking.confirm();
  const protocol = await booking.protocol();
  const held = (await simulator.appointments()).find((a) => a.protocol === protocol)!;
  expect(held.client).toMatchObject({ name: 'Davi Recém-Nascido', cpf: parent.cpf });
  expect(held.form).toEqual(
    expect.arrayContaining([expect.objectContaining({ key: 'attendeeWithoutCpf', value: 'true' })]),
  );
  // The receipt says who the visit is for, who is responsible, and the certificate to bring.
  const receipt = async (words: { for: string; responsible: string; bring: string; certificate: string }) => {
    const row = (label: string) => page.locator('dl > div').filter({ has: page.getByText(label, { exact: true }) });
    await expect(row(words.for).locator('dd')).toHaveText('Davi Recém-Nascido');
    await expect(row(words.responsible).locator('dd')).toHaveText('Paulo Pai');
    await expect(page.getByRole('region', { name: words.bring }).getByRole('listitem').first()).toHaveText(
      words.certificate,
    );
  };
  const portuguese = {
    for: 'Para quem',
    responsible: 'Responsável',
    bring: 'O que levar',
    certificate: 'Certidão de nascimento de Davi Recém-Nascido, que ainda não tem CPF',
  };
  await receipt(portuguese);

  await lookUp(page, protocol, parent.cpfFormatted, parent.email);
  await receipt(portuguese);
  await site.switchLanguage('English');
  await receipt({
    for: 'Who it is for',
    responsible: 'Responsible person',
    bring: 'What to bring',
    certificate: 'Birth certificate of Davi Recém-Nascido, who has no CPF yet',
  });
  await site.switchLanguage('Português');
  await page.getByRole('link', { name: 'Meus dados' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Meus dados' })).toBeVisible();
  await expect(page.getByText('Davi Recém-Nascido')).toBeVisible();
  await expect(page.getByText('Nome do responsável')).toBeVisible();
  await expect(page.getByText('Sem CPF (recém-nascido): levar a certidão de nascimento')).toBeVisible();
  // The product's own record of who is responsible is not repeated as a raw answer.
  await expect(page.getByText('guardianCpf')).toHaveCount(0);
});

test('on a slow phone, what was chosen and typed before the page’s script ran is kept when it starts @js-only', async ({
  page,
  simulator,
  booking,
}) => {
  const at = await leaseTime(simulator, inssRioBranco);
  await page.goto(timePage(inssRioBranco, at.date));
  await booking.chooseTime(at.hour);
  await expect(page.getByRole('heading', { level: 1, name: 'Seus dados' })).toBeVisible();

  // The details page again, its scripts held back until the person has acted on the page as served.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_next/static/**/*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.reload({ waitUntil: 'domcontentloaded' });
  await page.getByRole('radio', { name: /^Para outra pessoa/ }).check();
  await typeInto(page.getByRole('textbox', { name: 'Nome completo', exact: true }), 'Clara Antes do Script');
  await typeInto(page.getByRole('textbox', { name: 'Celular' }), '(92) 91234-5678');
  release();

  // Once the script runs, the form is worded for someone else: the choice held.
  await expect(page.getByRole('group', { name: 'Responsável por quem será atendido' })).toBeVisible();
  await expect(page.getByRole('radio', { name: /^Para outra pessoa/ })).toBeChecked();
  await expect(page.getByRole('textbox', { name: 'Nome completo de quem será atendido' })).toHaveValue(
    'Clara Antes do Script',
  );
  // The phone typed before is known to the form: its message ticks are offered.
  await expect(page.getByRole('checkbox', { name: /por SMS neste celular/ })).toBeVisible();
});
