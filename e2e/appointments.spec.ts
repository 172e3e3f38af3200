import type { Page } from '@playwright/test';
import ICAL from 'ical.js';
import type { SimulatorControl } from '@/lib/tatodesk/simulator/control-client';
import { axeViolations, expect, newCitizen, test, type Citizen } from './fixtures';
import { exeAsPdf, pdf, png } from './fixtures/files';

/** A booking made elsewhere (another channel), on its own day so that tests do not collide. */
async function booked(
  simulator: SimulatorControl,
  citizen: Citizen,
  at: { unitID: number; typeID: number; companyID: number; nth: number },
) {
  const slots = async (date: string) =>
    (await simulator.slots(at.unitID, at.typeID, date)).filter((s) => s.vacancies > 0);
  for (let day = at.nth; day < at.nth + 20; day++) {
    const date = new Date(Date.UTC(2026, 11, 2 + day)).toISOString().slice(0, 10);
    const free = await slots(date);
    if (free.length === 0) continue;
    const hour = free.at(-1)!.hour;
    try {
      const protocol = await simulator.book({ ...at, date, hour, client: { ...citizen, phone: '92991234567' } });
      return { protocol, date, hour };
    } catch {
      // A closed day (weekend, holiday): try the next.
    }
  }
  throw new Error('no free time found');
}

async function lookUp(page: Page, protocol: string, secret: string) {
  await page.goto('/appointments');
  await page.getByRole('textbox', { name: 'Número do protocolo' }).fill(protocol);
  await page.getByRole('textbox', { name: 'CPF ou e-mail usado no agendamento' }).fill(secret);
  await page.getByRole('button', { name: 'Consultar' }).click();
}

const sameAnswer = 'Não encontramos um agendamento com esses dados.';
const manaus = { companyID: 102, unitID: 504, typeID: 310 };
const campinas = { companyID: 101, unitID: 501, typeID: 305 };

test.beforeEach(async ({ page }, info) => {
  // Each test is its own client to the lookup limiter.
  await page.setExtraHTTPHeaders({
    'x-forwarded-for': `10.9.${info.workerIndex}.${(info.repeatEachIndex + Date.now()) % 250}`,
  });
});

test.describe('lookup', () => {
  test('the right protocol and CPF open the appointment', async ({ page, simulator }, info) => {
    const citizen = newCitizen('Fernanda Consulta');
    const { protocol } = await booked(simulator, citizen, { ...manaus, nth: info.project.name === 'no-js' ? 1 : 0 });
    await lookUp(page, protocol, citizen.cpfFormatted);
    await expect(page.getByRole('heading', { level: 1, name: 'Seu agendamento' })).toBeVisible();
    await expect(page.getByText(protocol, { exact: true })).toBeVisible();
    await expect(page.getByText('Situação: Agendado')).toBeVisible();
    await expect(page.getByText('Vistoria veicular')).toBeVisible();
    await expect(page.getByText('Avenida Mário Ypiranga, 2800', { exact: false })).toBeVisible();
    await expect(page.getByRole('img', { name: `Código QR do protocolo ${protocol}` })).toBeVisible();
  });

  test('a wrong CPF and a wrong protocol get the same answer', async ({ page, simulator }, info) => {
    const citizen = newCitizen('Gustavo Errado');
    const { protocol } = await booked(simulator, citizen, { ...manaus, nth: info.project.name === 'no-js' ? 3 : 2 });
    await lookUp(page, protocol, newCitizen().cpfFormatted);
    await expect(page.getByRole('status').filter({ hasText: sameAnswer })).toBeVisible();
    await lookUp(page, '20990101999999', citizen.cpfFormatted);
    await expect(page.getByRole('status').filter({ hasText: sameAnswer })).toBeVisible();
    // The e-mail works as the second factor too, in any case.
    await lookUp(page, protocol, citizen.email.toUpperCase());
    await expect(page.getByRole('heading', { level: 1, name: 'Seu agendamento' })).toBeVisible();
  });

  test('repeated failures from one client are limited', async ({ page }) => {
    for (let attempt = 1; attempt <= 5; attempt++) {
      await lookUp(page, `2099010100000${attempt}`, newCitizen().cpf);
      await expect(page.getByRole('status').filter({ hasText: sameAnswer })).toBeVisible();
    }
    await lookUp(page, '20990101000009', newCitizen().cpf);
    await expect(page.getByRole('status').filter({ hasText: /Muitas tentativas seguidas/ })).toBeVisible();
  });

  test('a bad protocol or second factor is named at the field, with what was typed kept', async ({ page }) => {
    await lookUp(page, 'ABC-12', 'not-a-cpf');
    await expect(page.getByRole('alert', { name: 'Há um problema' }).getByRole('link')).toHaveText([
      'O protocolo tem só números, por exemplo 20261201000123',
      'Digite um CPF ou um e-mail válido',
    ]);
    await expect(page.getByRole('textbox', { name: 'Número do protocolo' })).toHaveValue('ABC-12');
    await expect(page).toHaveTitle(/^Erro: /);
  });

  test('an appointment page without a lookup sends to the lookup, protocol filled in', async ({ page }) => {
    await page.goto('/appointments/20261201000001');
    await expect(page.getByRole('heading', { level: 1, name: 'Consultar agendamento' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Número do protocolo' })).toHaveValue('20261201000001');
  });
});

test.describe('attachments', () => {
  test('PDF and PNG accepted; an .exe named .pdf and an over-size file refused while the others go on', async ({
    page,
    simulator,
  }, info) => {
    const citizen = newCitizen('Helena Anexos');
    const { protocol } = await booked(simulator, citizen, { ...campinas, nth: info.project.name === 'no-js' ? 5 : 4 });
    await lookUp(page, protocol, citizen.cpf);
    await page
      .getByLabel('Escolha os arquivos')
      .setInputFiles([pdf('rg.pdf'), png('foto.png'), exeAsPdf('virus.pdf'), pdf('grande.pdf', 1_200_000)]);
    await page.getByRole('button', { name: 'Enviar documentos' }).click();

    const results = page.getByRole('status').filter({ hasText: 'Resultado do envio' });
    await expect(results.getByRole('listitem')).toHaveText([
      'rg.pdf: enviado.',
      'foto.png: enviado.',
      'virus.pdf: tipo de arquivo não aceito. Envie PDF, JPEG, PNG.',
      'grande.pdf: o arquivo passa de 1 MB.',
    ]);
    await expect(page.getByRole('region', { name: 'Documentos enviados' }).getByRole('listitem')).toHaveText([
      'rg.pdf',
      'foto.png',
    ]);
    const held = (await simulator.appointments()).find((a) => a.protocol === protocol) as unknown as {
      attachments: { name: string }[];
    };
    expect(held.attachments.map((f) => f.name)).toEqual(['rg.pdf', 'foto.png']);
  });

  test('sending with no file chosen says so at the field', async ({ page, simulator }, info) => {
    const citizen = newCitizen('Mário Sem Arquivo');
    const { protocol } = await booked(simulator, citizen, { ...campinas, nth: info.project.name === 'no-js' ? 9 : 8 });
    await lookUp(page, protocol, citizen.cpf);
    await page.getByRole('button', { name: 'Enviar documentos' }).click();
    await expect(page.getByText('Erro: Escolha pelo menos um arquivo')).toBeVisible();
  });

  test('a finished appointment takes no more attachments', async ({ page, simulator }, info) => {
    const citizen = newCitizen('Igor Encerrado');
    const { protocol } = await booked(simulator, citizen, { ...campinas, nth: info.project.name === 'no-js' ? 7 : 6 });
    await simulator.setStatus(protocol, 'checked-in');
    await simulator.setStatus(protocol, 'in-service');
    await simulator.setStatus(protocol, 'finished');
    await lookUp(page, protocol, citizen.cpf);
    await expect(page.getByText('Situação: Atendimento concluído')).toBeVisible();
    await expect(page.getByText('Este atendimento foi encerrado e não recebe mais documentos.')).toBeVisible();
    await expect(page.getByLabel('Escolha os arquivos')).toHaveCount(0);
  });
});

test.describe('calendar file and receipt', () => {
  for (const [place, at, utcHourOffset] of [
    ['Manaus', manaus, 4],
    ['São Paulo', campinas, 3],
  ] as const) {
    test(`the .ics parses and starts at the right instant for a ${place} unit @js-only`, async ({
      page,
      simulator,
    }) => {
      const citizen = newCitizen(`Júlia Agenda ${place}`);
      const { protocol, date, hour } = await booked(simulator, citizen, { ...at, nth: place === 'Manaus' ? 9 : 10 });
      await lookUp(page, protocol, citizen.cpf);
      await expect(page.getByRole('heading', { level: 1, name: 'Seu agendamento' })).toBeVisible();
      const response = await page.request.get(`/appointments/${protocol}/calendar`);
      expect(response.status(), await response.text()).toBe(200);
      expect(response.headers()['content-type']).toContain('text/calendar');
      const calendar = new ICAL.Component(ICAL.parse(await response.text()));
      for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
      const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
      const [h, m] = hour.split(':').map(Number);
      const expected = new Date(`${date}T00:00:00Z`);
      expected.setUTCHours(h! + utcHourOffset, m!);
      expect(event.startDate.toJSDate().toISOString()).toBe(expected.toISOString());
      expect(event.location).toContain(place === 'Manaus' ? 'Manaus' : 'Campinas');
      expect(calendar.getFirstSubcomponent('vevent')!.getFirstSubcomponent('valarm')).not.toBeNull();
    });
  }

  test('the receipt prints on one A4 page @js-only', async ({ page, simulator }) => {
    const citizen = newCitizen('Karina Recibo');
    const { protocol } = await booked(simulator, citizen, { ...manaus, nth: 11 });
    await lookUp(page, protocol, citizen.cpf);
    await expect(page.getByRole('heading', { level: 1, name: 'Seu agendamento' })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.screenshot({ path: 'reports/receipt.png', fullPage: true });
    const printed = await page.pdf({ format: 'A4', printBackground: true });
    const pages = printed.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages).toHaveLength(1);
  });
});

test('lookup, appointment and attachment pages pass axe in both languages @js-only', async ({
  page,
  simulator,
  site,
}) => {
  const citizen = newCitizen('Lara Acessível');
  const { protocol } = await booked(simulator, citizen, { ...manaus, nth: 12 });
  for (const language of ['pt-BR', 'en'] as const) {
    await page.goto('/appointments');
    if (language === 'en') await site.switchLanguage('English');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: /Consultar|Look up/ }).click();
    await expect(page.getByRole('alert', { name: /Há um problema|There is a problem/ })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('textbox', { name: /Número do protocolo|Protocol number/ }).fill(protocol);
    await page.getByRole('textbox', { name: /CPF/ }).fill(citizen.cpf);
    await page.getByRole('button', { name: /Consultar|Look up/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Seu agendamento|Your appointment/ })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel(/Escolha os arquivos|Choose the files/).setInputFiles([pdf('a.pdf'), exeAsPdf('b.pdf')]);
    await page.getByRole('button', { name: /Enviar documentos|Send documents/ }).click();
    await expect(page.getByRole('status').getByRole('listitem')).toHaveCount(2);
    expect(await axeViolations(page)).toEqual([]);
  }
});
