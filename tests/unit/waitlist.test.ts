import { describe, expect, it } from 'vitest';
import type { Entry } from '@/lib/waitlist/entries';
import { checkJoin } from '@/lib/waitlist/join-form';
import { assign } from '@/lib/waitlist/watch';

const person = (id: string, from: string, to: string): Entry => ({
  id: id.padEnd(32, 'x'),
  scope: { companyId: 105, unitId: 510, serviceTypeId: 314 },
  journey: 'company=105',
  service: 'Perícia',
  unit: 'Rio Branco',
  timeZone: 'America/Rio_Branco',
  from,
  to,
  channel: 'email',
  contact: `${id}@exemplo.com.br`,
  language: 'pt-BR',
  origin: 'https://agendamento.example.gov.br',
  joinedAt: '2026-12-01T12:00:00.000Z',
  state: 'waiting',
});

describe('who is told when places open', () => {
  const line = [
    person('ana', '2026-12-10', '2026-12-20'),
    person('bia', '2026-12-01', '2026-12-05'),
    person('caio', '2026-12-01', '2026-12-31'),
  ];

  it('one place that opens goes to the first in line whose days hold it', () => {
    const told = assign({ '2026-12-02': 0, '2026-12-12': 3 }, { '2026-12-02': 1, '2026-12-12': 3 }, line);
    expect(told).toEqual([{ entryId: line[1]!.id, date: '2026-12-02' }]);
  });

  it('as many told as places opened, in join order, each once, across days', () => {
    const told = assign({}, { '2026-12-03': 1, '2026-12-15': 2 }, line);
    expect(told).toEqual([
      { entryId: line[1]!.id, date: '2026-12-03' },
      { entryId: line[0]!.id, date: '2026-12-15' },
      { entryId: line[2]!.id, date: '2026-12-15' },
    ]);
  });

  it('places taken, or as many as before, tell nobody; a day out of every range neither', () => {
    expect(assign({ '2026-12-03': 2 }, { '2026-12-03': 1 }, line)).toEqual([]);
    expect(assign({ '2026-12-03': 2 }, { '2026-12-03': 2 }, line)).toEqual([]);
    expect(assign({}, { '2027-01-15': 4 }, line)).toEqual([]);
  });
});

describe('the waiting list form', () => {
  const filled = {
    channel: 'email',
    email: 'ana@exemplo.com.br',
    phone: '',
    optIn: '',
    from: '2026-12-01',
    to: '2026-12-31',
  };

  it('takes an e-mail, or a mobile number with the consent to be written to on it', () => {
    expect(checkJoin(filled, '2026-12-01', 90)).toEqual({
      ok: true,
      value: { channel: 'email', contact: 'ana@exemplo.com.br', from: '2026-12-01', to: '2026-12-31' },
    });
    const phone = { ...filled, channel: 'phone', email: '', phone: '(68) 99123-4567', optIn: 'true' };
    expect(checkJoin(phone, '2026-12-01', 90)).toMatchObject({ ok: true, value: { contact: '68991234567' } });
    expect(checkJoin({ ...phone, optIn: '' }, '2026-12-01', 90)).toEqual({
      ok: false,
      errors: { optIn: 'optInRequired' },
    });
  });

  it('says every problem at once, at its field', () => {
    expect(checkJoin({ ...filled, channel: '', from: '2026-11-30', to: '2027-04-01' }, '2026-12-01', 90)).toEqual({
      ok: false,
      errors: { channel: 'channelRequired', from: 'fromPast', to: 'toTooFar' },
    });
    expect(checkJoin({ ...filled, email: 'ana@', from: '2026-12-10', to: '2026-12-09' }, '2026-12-01', 90)).toEqual({
      ok: false,
      errors: { email: 'emailInvalid', to: 'toBeforeFrom' },
    });
    expect(checkJoin({ ...filled, channel: 'phone', email: '', from: 'amanhã', to: '' }, '2026-12-01', 90)).toEqual({
      ok: false,
      errors: { phone: 'phoneRequired', optIn: 'optInRequired', from: 'fromInvalid', to: 'toInvalid' },
    });
  });
});
