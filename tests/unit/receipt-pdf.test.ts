import { describe, expect, it } from 'vitest';
import type { ReceiptFacts } from '@/lib/receipt/facts';
import { receiptPdf } from '@/lib/receipt/pdf';
import { readPdf } from '@/test-support/pdf';

const facts = (over: Partial<ReceiptFacts> = {}): ReceiptFacts => ({
  protocol: '20261203000042',
  language: 'pt-BR',
  company: 'Detran Amazonas',
  service: 'Renovação da CNH',
  unit: {
    name: 'Detran Sede Flores',
    address: 'Av. Constantino Nery, 1000 – Flores, Manaus – AM, 69058-795',
    timeZone: 'America/Manaus',
  },
  date: '2026-12-09',
  time: '14:30',
  bring: ['Documento com foto', 'Comprovante de residência'],
  priority: false,
  qr: 'https://agendamento.example.gov.br/staff/appointments/20261203000042',
  ...over,
});

// `npm test` runs this in Asia/Tokyo: the day and hour must be the unit's, whatever the server's zone.
describe('receipt PDF', () => {
  it('is one page with the protocol, the service, the day and time at the unit with its zone, the address and what to bring', async () => {
    const pdf = await readPdf(await receiptPdf(facts()));
    expect(pdf.pages).toBe(1);
    expect(pdf.title).toBe('Comprovante de agendamento 20261203000042');
    expect(pdf.text).toContain('Comprovante de agendamento');
    expect(pdf.text).toContain('20261203000042');
    expect(pdf.text).toContain('Renovação da CNH');
    expect(pdf.text).toContain('Quarta-feira, 9 de dezembro de 2026, 14:30');
    expect(pdf.text).toMatch(/Horário local de Manaus/);
    expect(pdf.text).toContain('Av. Constantino Nery, 1000 – Flores, Manaus – AM, 69058-795');
    expect(pdf.text).toContain('Documento com foto');
    expect(pdf.text).toContain('Comprovante de residência');
    expect(pdf.text).not.toContain('Lei 10.048');
    // When to come is said before the list it points to.
    expect(pdf.text.indexOf('documentos da lista abaixo')).toBeLessThan(pdf.text.indexOf('O que levar'));
  });

  it('is in English for a citizen who booked in English, and says the right to priority and who the visit is for', async () => {
    const pdf = await readPdf(
      await receiptPdf(
        facts({
          language: 'en',
          unit: {
            name: 'Poupatempo Sé',
            address: 'Praça do Carmo, s/n – Sé, São Paulo – SP, 01019-020',
            timeZone: 'America/Sao_Paulo',
          },
          priority: true,
          visit: { attendee: 'Ana Souza', responsible: 'Maria Souza' },
        }),
      ),
    );
    expect(pdf.title).toBe('Appointment receipt 20261203000042');
    expect(pdf.text).toContain('Wednesday, December 9, 2026, 14:30');
    expect(pdf.text).not.toMatch(/local time/i);
    expect(pdf.text).toContain('Ana Souza');
    expect(pdf.text).toContain('Maria Souza');
    expect(pdf.text).toContain('Law 10,048/2000');
    expect(pdf.text).toContain('What to bring');
  });
});
