import 'server-only';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { capitalise, formatDate } from '@/lib/format';
import { translatorFor } from '@/lib/i18n/translator';
import { unitZone } from '@/lib/i18n/zone-name';
import type { ReceiptFacts } from './facts';

const MARGIN = 48;
const QR_SIZE = 112;
const INK = '#0b0c0c';
const SECONDARY = '#484949';

/**
 * The receipt as a one-page PDF, in the citizen's language: what the confirmation page prints
 * (protocol, service, day and time at the unit's clock, the unit and its address, what to bring,
 * the QR the counter scans), drawn on the server with PDFKit in its standard fonts, with the
 * document's language and title set for screen readers.
 */
export async function receiptPdf(f: ReceiptFacts): Promise<Buffer> {
  const t = translatorFor(f.language);
  const title = t('receipt.title');
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    lang: f.language,
    displayTitle: true,
    info: { Title: `${title} ${f.protocol}`, Author: f.company, Subject: f.service },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const width = doc.page.width - 2 * MARGIN;
  doc.fillColor(INK).font('Helvetica-Bold').fontSize(22).text(title);
  doc.font('Helvetica').fontSize(13).fillColor(SECONDARY).text(f.company).moveDown(1);

  // The protocol, large, with the QR beside it.
  const top = doc.y;
  doc
    .rect(MARGIN, top, width, QR_SIZE + 24)
    .lineWidth(2)
    .stroke(INK);
  doc
    .fillColor(INK)
    .font('Helvetica')
    .fontSize(13)
    .text(t('booking.confirmation.protocol'), MARGIN + 16, top + 24, { width: width - QR_SIZE - 48 });
  doc
    .font('Courier-Bold')
    .fontSize(26)
    .text(f.protocol, { width: width - QR_SIZE - 48 });
  drawQr(doc, f.qr, MARGIN + width - QR_SIZE - 12, top + 12);
  // When to come, before the rows and the list it points to ("the documents listed below").
  doc
    .font('Helvetica')
    .fontSize(12)
    .fillColor(INK)
    .text(t('booking.confirmation.arrive'), MARGIN, top + QR_SIZE + 24 + 16, { width })
    .moveDown(0.3)
    .text(t('booking.confirmation.late'), { width })
    .moveDown(1);

  const zone = await unitZone(f.unit.timeZone, f.language);
  const day = capitalise(formatDate(f.date, f.language), f.language);
  const rows: [string, string[]][] = [
    ...(f.visit
      ? ([
          [t('booking.confirmation.for'), [f.visit.attendee]],
          [t('booking.confirmation.responsible'), [f.visit.responsible]],
        ] as [string, string[]][])
      : []),
    [t('booking.confirmation.service'), [f.service]],
    [
      t('booking.confirmation.when'),
      [`${day}, ${f.time}`, ...(zone ? [t('booking.confirmation.zoneNote', { zone })] : [])],
    ],
    [t('booking.confirmation.where'), [f.unit.name, f.unit.address]],
    ...(f.priority ? ([[t('priority.row'), [t('priority.receipt')]]] as [string, string[]][]) : []),
  ];
  for (const [label, lines] of rows) {
    doc.font('Helvetica-Bold').fontSize(11).fillColor(SECONDARY).text(label, MARGIN, doc.y, { width });
    lines.forEach((line, i) =>
      doc
        .font(i === 0 ? 'Helvetica-Bold' : 'Helvetica')
        .fontSize(i === 0 ? 14 : 12)
        .fillColor(i === 0 ? INK : SECONDARY)
        .text(line, { width }),
    );
    doc.moveDown(0.7);
  }

  if (f.bring.length > 0) {
    doc.moveDown(0.3).font('Helvetica-Bold').fontSize(15).fillColor(INK).text(t('booking.confirmation.bring'));
    doc.font('Helvetica').fontSize(12).list(f.bring, { bulletRadius: 2.5, paragraphGap: 3 });
    doc.moveDown(0.7);
  }
  doc.end();
  return done;
}

/** The QR drawn as squares (sharp at any zoom, no image to decode), on a white quiet zone. */
function drawQr(doc: PDFKit.PDFDocument, text: string, x: number, y: number) {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const quiet = 2;
  const cell = QR_SIZE / (modules.size + 2 * quiet);
  doc.save().rect(x, y, QR_SIZE, QR_SIZE).fill('#ffffff').fillColor(INK);
  for (let row = 0; row < modules.size; row++)
    for (let col = 0; col < modules.size; col++)
      // A hair wider than a cell, so that no seam shows between dark neighbours.
      if (modules.get(row, col)) doc.rect(x + (col + quiet) * cell, y + (row + quiet) * cell, cell + 0.3, cell + 0.3);
  doc.fill(INK).restore();
}
