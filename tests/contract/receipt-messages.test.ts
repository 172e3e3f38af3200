import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReceiptFacts } from '@/lib/receipt/facts';
import { readPdf } from '@/test-support/pdf';
import { simulatorSuite } from './harness';
import { noticeWorkers } from './notices';

const suite = simulatorSuite();

let protocols = 0;
/** A booking's notice and its receipt, with a protocol and a phone of their own. */
function booking(language = 'pt-BR') {
  protocols++;
  const protocol = `2026120300${String(7000 + protocols).padStart(4, '0')}`;
  const notice = {
    protocol,
    name: 'Maria',
    email: `maria.recibo.${protocols}@exemplo.com.br`,
    phone: `9299177${String(4000 + protocols).padStart(4, '0')}`,
    service: 'Vistoria veicular',
    unit: 'Detran Sede Flores',
    address: 'Avenida Mário Ypiranga, 2800 – Flores, Manaus – AM, 69050-030',
    date: '9 de dezembro de 2026',
    time: '14:30',
    language,
    consent: { whatsapp: true, sms: true },
  };
  const receipt: ReceiptFacts = {
    protocol,
    language,
    company: 'Detran Amazonas',
    service: notice.service,
    unit: { name: notice.unit, address: notice.address, timeZone: 'America/Manaus' },
    date: '2026-12-09',
    time: '14:30',
    durationMinutes: 40,
    bring: ['CRLV do veículo'],
    priority: false,
    qr: `https://agendamento.example.gov.br/staff/appointments/${protocol}`,
  };
  return { notice, receipt };
}

const sentFor = async (protocol: string) =>
  (await suite.control.notifications()).filter((n) => n.metadata?.protocol === protocol);
const uploadsFor = async (protocol: string) =>
  (await suite.control.media()).filter((m) => m.fileName.includes(protocol)).map((m) => m.fileName);
/** A file as a mail reader or WhatsApp would fetch it: by its URL, no key. */
const fetchBytes = async (url: string) => new Uint8Array(await (await fetch(url)).arrayBuffer());
const counted = async (outcome: string) => {
  const { metrics } = await import('@/lib/ops/metrics');
  const { values } = await metrics().receiptDocuments.get();
  return values.find((v) => v.labels.outcome === outcome)?.value ?? 0;
};

let workers: Awaited<ReturnType<typeof noticeWorkers>> | undefined;
const start = async (variables: Record<string, string> = {}) =>
  (workers = await noticeWorkers({
    NOTIFY_EMAIL_TEMPLATE: 'booking-confirmation',
    NOTIFY_WHATSAPP_TEMPLATE: 'booking-confirmation',
    NOTIFY_SMS_TEMPLATE: 'booking-confirmation',
    ...variables,
  }));
afterEach(async () => {
  await workers?.stop();
  await suite.control.clearFaults();
});

describe('the receipt inside the confirmation', () => {
  it('WhatsApp carries the PDF in its header, the e-mail the PDF and the .ics: uploaded once, at the unit’s time', async () => {
    const q = await start();
    const { notice, receipt } = booking();
    await q.enqueueNotices(notice, 'confirmation', receipt);
    await q.settled();
    const sent = await sentFor(notice.protocol);
    expect(sent.map((s) => s.channel).sort()).toEqual(['email', 'whatsapp']);

    // WhatsApp: the media upload's id in the template's header resolves to the receipt.
    const whatsapp = sent.find((s) => s.channel === 'whatsapp')!;
    expect(whatsapp.header).toMatchObject({ type: 'document' });
    const upload = (await suite.control.media()).find((m) => m.mediaID === whatsapp.header!.id)!;
    expect(upload).toMatchObject({ fileName: `comprovante-${notice.protocol}.pdf`, contentType: 'application/pdf' });
    const fromWhatsApp = await readPdf(await suite.control.mediaFile(upload.mediaID));
    expect(fromWhatsApp.text).toContain(notice.protocol);
    expect(fromWhatsApp.text).toContain('Quarta-feira, 9 de dezembro de 2026, 14:30');
    expect(fromWhatsApp.text).toContain('Horário local de Manaus');

    // E-mail: the same PDF and the calendar file, each opened by its URL.
    const email = sent.find((s) => s.channel === 'email')!;
    expect(email.attachments!.map((a) => a.name)).toEqual([
      `comprovante-${notice.protocol}.pdf`,
      `agendamento-${notice.protocol}.ics`,
    ]);
    const [pdfUrl, icsUrl] = email.attachments!.map((a) => a.url);
    expect((await readPdf(await fetchBytes(pdfUrl!))).text).toContain(notice.protocol);
    const calendar = new ICAL.Component(ICAL.parse(await (await fetch(icsUrl!)).text()));
    for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    // 14:30 in Manaus (UTC−4), whatever the server's zone.
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-09T18:30:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-12-09T19:10:00.000Z');
    expect(event.description).toContain(notice.protocol);

    // One upload of each for the booking, though two messages used them.
    expect((await uploadsFor(notice.protocol)).sort()).toEqual([
      `agendamento-${notice.protocol}.ics`,
      `comprovante-${notice.protocol}.pdf`,
    ]);
  });

  it('in English for a citizen who booked in English', async () => {
    const q = await start({
      NOTIFY_EMAIL_TEMPLATE_EN: 'booking-confirmation-en',
      NOTIFY_WHATSAPP_TEMPLATE_EN: 'booking-confirmation-en',
    });
    const { notice, receipt } = booking('en');
    await q.enqueueNotices(notice, 'confirmation', receipt);
    await q.settled();
    const email = (await sentFor(notice.protocol)).find((s) => s.channel === 'email')!;
    expect(email.attachments!.map((a) => a.name)).toEqual([
      `receipt-${notice.protocol}.pdf`,
      `appointment-${notice.protocol}.ics`,
    ]);
    const pdf = await readPdf(await fetchBytes(email.attachments![0]!.url));
    expect(pdf.text).toContain('Appointment receipt');
    expect(pdf.text).toContain('Wednesday, December 9, 2026, 14:30');
  });

  it('a send retried after a failure uses the same upload', async () => {
    const q = await start();
    const { notice, receipt } = booking();
    await suite.control.fault('sendWhatsApp', { status: 503, times: 1 });
    await suite.control.fault('sendEmail', { status: 503, times: 1 });
    await q.enqueueNotices(notice, 'confirmation', receipt);
    await q.settled();
    const sent = await sentFor(notice.protocol);
    expect(sent.map((s) => s.channel).sort()).toEqual(['email', 'whatsapp']);
    expect(sent.find((s) => s.channel === 'whatsapp')!.header?.id).toBeTruthy();
    expect(await uploadsFor(notice.protocol)).toHaveLength(2);
  });

  it('an upload that fails: both messages still go, without the documents, and it is logged and counted', async () => {
    const q = await start();
    const { notice, receipt } = booking();
    const failedBefore = await counted('failed');
    await suite.control.fault('uploadWhatsAppMedia', { status: 503 });
    await q.enqueueNotices(notice, 'confirmation', receipt);
    await q.settled();
    const sent = await sentFor(notice.protocol);
    expect(sent.map((s) => s.channel).sort()).toEqual(['email', 'whatsapp']);
    expect(sent.every((s) => !s.header && !s.attachments)).toBe(true);
    expect(q.warnings).toHaveBeenCalledWith(
      expect.objectContaining({ protocol: notice.protocol }),
      'receipt documents not uploaded: the message goes without them',
    );
    expect(await counted('failed')).toBeGreaterThan(failedBefore);
  });

  it('a WhatsApp template approved without a document header: the text goes alone, once', async () => {
    const q = await start({ NOTIFY_WHATSAPP_TEMPLATE: 'booking-reminder' });
    const { notice, receipt } = booking();
    await q.enqueueNotices(notice, 'confirmation', receipt);
    await q.settled();
    const sent = await sentFor(notice.protocol);
    expect(sent.map((s) => s.channel).sort()).toEqual(['email', 'whatsapp']);
    expect(sent.find((s) => s.channel === 'whatsapp')!.header).toBeUndefined();
    expect(sent.find((s) => s.channel === 'email')!.attachments).toHaveLength(2);
    expect(q.warnings).toHaveBeenCalledWith(
      expect.objectContaining({ protocol: notice.protocol, channel: 'whatsapp' }),
      'receipt documents refused: sent without them',
    );
  });

  it('an e-mail template that takes no attachments: the e-mail goes alone, once, and WhatsApp keeps its document', async () => {
    const q = await start({ NOTIFY_EMAIL_TEMPLATE: 'booking-reminder' });
    const { notice, receipt } = booking();
    await q.enqueueNotices(notice, 'confirmation', receipt);
    await q.settled();
    const sent = await sentFor(notice.protocol);
    expect(sent.map((s) => s.channel).sort()).toEqual(['email', 'whatsapp']);
    expect(sent.find((s) => s.channel === 'email')!.attachments).toBeUndefined();
    expect(sent.find((s) => s.channel === 'whatsapp')!.header?.type).toBe('document');
    expect(q.warnings).toHaveBeenCalledWith(
      expect.objectContaining({ protocol: notice.protocol, channel: 'email' }),
      'receipt documents refused: sent without them',
    );
  });

  it('NOTIFY_RECEIPT=off: text only, nothing uploaded', async () => {
    const q = await start({ NOTIFY_RECEIPT: 'off' });
    const { notice, receipt } = booking();
    await q.enqueueNotices(notice, 'confirmation', receipt);
    await q.settled();
    const sent = await sentFor(notice.protocol);
    expect(sent.map((s) => s.channel).sort()).toEqual(['email', 'whatsapp']);
    expect(sent.every((s) => !s.header && !s.attachments)).toBe(true);
    expect(await uploadsFor(notice.protocol)).toEqual([]);
  });
});
