import ICAL from 'ical.js';
import type { SimulatorControl } from '@/simulator/control-client';
import { axeViolations, expect, newCitizen, test, type Citizen } from '../fixtures';
import { bookElsewhere, leaseTime } from '../fixtures/booking-helpers';
import { exeAsPdf, pdf, png } from '../fixtures/files';
import { typeInto } from '../fixtures/journey';
import {
  campinasCertificate as campinas,
  cuiabaVaccination,
  manausVehicleInspection as manaus,
  type Place,
} from '../fixtures/places';
import { lookUp } from '../fixtures/sign-in';

/** A booking made elsewhere (another channel), on a time of the test's own. */
async function booked(simulator: SimulatorControl, citizen: Citizen, at: Place) {
  const time = await leaseTime(simulator, at);
  return { protocol: await bookElsewhere(simulator, at, time, citizen), ...time };
}

const sameAnswer = 'Não encontramos um agendamento com esses dados.';

test.describe('lookup', () => {
  test('the right protocol, CPF and e-mail open the appointment', async ({ page, simulator }) => {
    const citizen = newCitizen('Fernanda Consulta');
    const { protocol } = await booked(simulator, citizen, manaus);
    await lookUp(page, protocol, citizen.cpfFormatted, citizen.email);
    await expect(page.getByRole('heading', { level: 1, name: 'Seu agendamento' })).toBeVisible();
    await expect(page.getByText(protocol, { exact: true })).toBeVisible();
    await expect(page.getByText('Situação: Agendado')).toBeVisible();
    await expect(page.getByText('Vistoria veicular')).toBeVisible();
    await expect(page.getByText('Avenida Mário Ypiranga, 2800', { exact: false })).toBeVisible();
    await expect(page.getByRole('img', { name: `Código QR do protocolo ${protocol}` })).toBeVisible();
    // Where to ask, and when: the Detran's help line, from the Contact Center's schedules.
    const help = page.getByRole('region', { name: 'Precisa de ajuda?' });
    await expect(help).toContainText('Central de atendimento: (92) 3303-9000.');
    await expect(help).toContainText(
      'Atendimento: segunda-feira a sexta-feira, das 07:00 às 19:00; sábado, das 08:00 às 12:00.',
    );
  });

  test('a wrong CPF, a wrong protocol, and the right CPF with another contact get the same answer', async ({
    page,
    simulator,
  }) => {
    const citizen = newCitizen('Gustavo Errado');
    const { protocol } = await booked(simulator, citizen, manaus);
    await lookUp(page, protocol, newCitizen().cpfFormatted, citizen.email);
    await expect(page.getByRole('status').filter({ hasText: sameAnswer })).toBeVisible();
    await lookUp(page, '20990101999999', citizen.cpfFormatted, citizen.email);
    await expect(page.getByRole('status').filter({ hasText: sameAnswer })).toBeVisible();
    // Someone who knows the CPF (CPFs are widely known) but not the contact on file gets nothing.
    await lookUp(page, protocol, citizen.cpfFormatted, 'estranho@exemplo.com.br');
    await expect(page.getByRole('status').filter({ hasText: sameAnswer })).toBeVisible();
    await lookUp(page, protocol, citizen.cpfFormatted, '(11) 98888-7777');
    await expect(page.getByRole('status').filter({ hasText: sameAnswer })).toBeVisible();
    // The e-mail in any case, or the mobile in any writing, opens it.
    await lookUp(page, protocol, citizen.cpf, citizen.email.toUpperCase());
    await expect(page.getByRole('heading', { level: 1, name: 'Seu agendamento' })).toBeVisible();
  });

  test('repeated failures from one client are limited', async ({ page }) => {
    for (let attempt = 1; attempt <= 5; attempt++) {
      await lookUp(page, `2099010100000${attempt}`, newCitizen().cpf, 'alguem@exemplo.com.br');
      await expect(page.getByRole('status').filter({ hasText: sameAnswer })).toBeVisible();
    }
    await lookUp(page, '20990101000009', newCitizen().cpf, 'alguem@exemplo.com.br');
    await expect(page.getByRole('status').filter({ hasText: /Muitas tentativas seguidas/ })).toBeVisible();
  });

  test('a bad protocol or second factor is named at the field, with what was typed kept', async ({ page }) => {
    await lookUp(page, 'ABC-12', '123.456', 'nem-email');
    await expect(page.getByRole('alert', { name: 'Há um problema' }).getByRole('link')).toHaveText([
      'O protocolo tem só números, por exemplo 20261201000123',
      'Digite um CPF válido, com 11 números',
      'Digite um e-mail ou um celular com DDD, como (11) 91234-5678',
    ]);
    await expect(page.getByRole('textbox', { name: 'E-mail ou celular informado no agendamento' })).toHaveValue(
      'nem-email',
    );
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
  test('parallel uploads never pass the per-appointment total @js-only', async ({ page, simulator }) => {
    const citizen = newCitizen('Paulo Paralelo');
    const { protocol } = await booked(simulator, citizen, campinas);
    await lookUp(page, protocol, citizen.cpf, citizen.phone);
    await expect(page.getByRole('heading', { level: 1, name: 'Seu agendamento' })).toBeVisible();
    // 30 files of 0.9 MB at once against a 20 MB total: each request reserves its bytes first.
    const answers = await Promise.all(
      Array.from({ length: 30 }, async (_, i) => {
        const file = pdf(`parte-${i}.pdf`, 900_000);
        const response = await page.request.post(`/appointments/${protocol}/attachments`, {
          headers: { accept: 'application/json' },
          multipart: { files: file },
        });
        return (await response.json()) as { results?: { status: string }[] };
      }),
    );
    const accepted = answers.filter((a) => a.results?.[0]?.status === 'accepted').length;
    const overTotal = answers.filter((a) => a.results?.[0]?.status === 'total').length;
    expect(accepted).toBe(Math.floor((20 * 1024 * 1024) / pdf('x', 900_000).buffer.length));
    expect(accepted + overTotal).toBe(30);
    const held = (await simulator.appointments()).find((a) => a.protocol === protocol) as unknown as {
      attachments: { name: string }[];
    };
    expect(held.attachments).toHaveLength(accepted);
  });

  test('PDF and PNG accepted; an .exe named .pdf and an over-size file refused while the others go on', async ({
    page,
    simulator,
  }) => {
    const citizen = newCitizen('Helena Anexos');
    const { protocol } = await booked(simulator, citizen, campinas);
    await lookUp(page, protocol, citizen.cpf, citizen.phone);
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

  test('the page keeps its title while documents go up and the list refreshes @js-only', async ({
    page,
    simulator,
  }) => {
    const citizen = newCitizen('Otávio Título');
    const { protocol } = await booked(simulator, citizen, campinas);
    await lookUp(page, protocol, citizen.cpf, citizen.phone);
    await expect(page).toHaveTitle(/^Seu agendamento · /);
    // Watches every change to the document for a moment without a title.
    await page.evaluate(() => {
      const w = window as unknown as { untitled: boolean };
      w.untitled = false;
      new MutationObserver(() => (w.untitled ||= document.title === '')).observe(document.documentElement, {
        childList: true,
        subtree: true,
        characterData: true,
      });
    });
    await page.getByLabel('Escolha os arquivos').setInputFiles([pdf('titulo.pdf')]);
    await page.getByRole('button', { name: 'Enviar documentos' }).click();
    await expect(page.getByRole('region', { name: 'Documentos enviados' }).getByRole('listitem')).toHaveText([
      'titulo.pdf',
    ]);
    await expect(page).toHaveTitle(/^Seu agendamento · /);
    expect(await page.evaluate(() => (window as unknown as { untitled: boolean }).untitled)).toBe(false);
  });

  test('sending with no file chosen says so at the field', async ({ page, simulator }) => {
    const citizen = newCitizen('Mário Sem Arquivo');
    const { protocol } = await booked(simulator, citizen, campinas);
    await lookUp(page, protocol, citizen.cpf, citizen.phone);
    await page.getByRole('button', { name: 'Enviar documentos' }).click();
    await expect(page.getByText('Erro: Escolha pelo menos um arquivo')).toBeVisible();
  });

  test('a finished appointment takes no more attachments', async ({ page, simulator }) => {
    const citizen = newCitizen('Igor Encerrado');
    const { protocol } = await booked(simulator, citizen, campinas);
    await simulator.setStatus(protocol, 'checked-in');
    await simulator.setStatus(protocol, 'in-service');
    await simulator.setStatus(protocol, 'finished');
    await lookUp(page, protocol, citizen.cpf, citizen.phone);
    await expect(page.getByText('Situação: Atendimento concluído')).toBeVisible();
    await expect(page.getByText('Este atendimento foi encerrado e não recebe mais documentos.')).toBeVisible();
    await expect(page.getByLabel('Escolha os arquivos')).toHaveCount(0);
  });
});

test.describe('calendar file and receipt', () => {
  // Each unit's wall-clock hour, its offset from UTC, and the service's length in minutes.
  for (const [place, at, utcHourOffset, minutes] of [
    ['Manaus', manaus, 4, 20],
    ['Campinas', campinas, 3, 15],
    ['Cuiabá', cuiabaVaccination, 4, 10],
  ] as const) {
    test(`the .ics parses and starts at the right instant for a ${place} unit @js-only`, async ({
      page,
      simulator,
    }) => {
      const citizen = newCitizen(`Júlia Agenda ${place}`);
      const { protocol, date, hour } = await booked(simulator, citizen, at);
      await lookUp(page, protocol, citizen.cpf, citizen.phone);
      await expect(page.getByRole('heading', { level: 1, name: 'Seu agendamento' })).toBeVisible();
      const response = await page.request.get(`/appointments/${protocol}/calendar`);
      expect(response.status(), await response.text()).toBe(200);
      expect(response.headers()['content-type']).toContain('text/calendar');
      const calendar = new ICAL.Component(ICAL.parse(await response.text()));
      const zones = calendar.getAllSubcomponents('vtimezone');
      expect(zones.map((zone) => zone.getFirstPropertyValue('tzid'))).toHaveLength(1);
      for (const zone of zones) ICAL.TimezoneService.register(zone);
      const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
      const [h, m] = hour.split(':').map(Number);
      const expected = new Date(`${date}T00:00:00Z`);
      expected.setUTCHours(h! + utcHourOffset, m!);
      expect(event.startDate.toJSDate().toISOString()).toBe(expected.toISOString());
      expect(event.endDate.toJSDate().getTime() - expected.getTime()).toBe(minutes * 60_000);
      expect(event.location).toContain(place);
      expect(calendar.getFirstSubcomponent('vevent')!.getFirstSubcomponent('valarm')).not.toBeNull();
    });
  }

  test('the receipt prints on one A4 page @js-only', async ({ page, simulator }) => {
    const citizen = newCitizen('Karina Recibo');
    const { protocol } = await booked(simulator, citizen, manaus);
    await lookUp(page, protocol, citizen.cpf, citizen.phone);
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
  const { protocol } = await booked(simulator, citizen, manaus);
  for (const language of ['pt-BR', 'en'] as const) {
    await page.goto('/appointments');
    if (language === 'en') await site.switchLanguage('English');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: /Consultar|Look up/ }).click();
    await expect(page.getByRole('alert', { name: /Há um problema|There is a problem/ })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await typeInto(page.getByRole('textbox', { name: /Número do protocolo|Protocol number/ }), protocol);
    await typeInto(page.getByRole('textbox', { name: 'CPF', exact: true }), citizen.cpf);
    await typeInto(
      page.getByRole('textbox', { name: /E-mail ou celular informado|Email or mobile given/ }),
      citizen.phone,
    );
    await page.getByRole('button', { name: /Consultar|Look up/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Seu agendamento|Your appointment/ })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel(/Escolha os arquivos|Choose the files/).setInputFiles([pdf('a.pdf'), exeAsPdf('b.pdf')]);
    await page.getByRole('button', { name: /Enviar documentos|Send documents/ }).click();
    await expect(page.getByRole('status').getByRole('listitem')).toHaveCount(2);
    const sent = page.getByRole('region', { name: /Documentos enviados|Documents sent/ }).getByRole('listitem');
    await expect(sent.filter({ hasText: 'a.pdf' })).toHaveCount(language === 'pt-BR' ? 1 : 2);
    await expect(page).toHaveTitle(/^(Seu agendamento|Your appointment) · /);
    expect(await axeViolations(page)).toEqual([]);
  }
});
