import { describe, expect, it } from 'vitest';
import { dependantAnswers } from '@/lib/answers/dependant';
import { matchesPerson } from '@/lib/appointments/lookup-schema';
import { parseJourney } from '@/lib/booking/journey';
import { initialMonth, monthGrid, shiftMonth } from '@/lib/booking/month';
import { keysBefore, stepHref } from '@/lib/booking/steps';
import { formatPhone, isMobilePhone, phoneDigits } from '@/lib/br/phone';
import { attendeeIdentity, bookerCpf, clientOf, personDetails } from '@/lib/details/person';
import { detailsSchema, errorsByField, readDetails } from '@/lib/details/schema';
import type { FormField } from '@/lib/tatodesk/types';

const fields: FormField[] = [
  { id: 1, key: 'plate', label: 'Placa', type: 'text', required: true, minLength: 7, maxLength: 8 },
  { id: 2, key: 'people', label: 'Pessoas', type: 'number', required: true, min: 1, max: 20 },
  { id: 3, key: 'fee', label: 'Paguei', type: 'checkbox', required: true },
  { id: 4, key: 'kind', label: 'Tipo', type: 'select', required: false, options: [{ value: 'a', label: 'A' }] },
  { id: 5, key: 'born', label: 'Nascimento', type: 'date', required: false },
];
const valid = {
  name: 'Maria',
  cpf: '529.982.247-25',
  email: 'maria@exemplo.com.br',
  phone: '(11) 91234-5678',
  answers: { plate: 'ABC1D23', people: '3', fee: 'true', kind: '', born: '' },
};

describe('journey state', () => {
  it('keeps valid answers and drops tampered ones', () => {
    expect(
      parseJourney({
        company: '101',
        category: 'x',
        serviceType: '301',
        date: '2026-13-40',
        time: '08:00',
        link: '../x',
      }),
    ).toEqual({
      company: 101,
      serviceType: 301,
      time: '08:00',
    });
  });

  it('carries every answer on a change made from the check page, so that it can come straight back', () => {
    const journey = { company: 1, category: 2, serviceType: 3, region: 4, unit: 5, date: '2026-12-02', time: '08:00' };
    expect(stepHref('category', journey, { return: 'check' })).toBe(
      '/book/category?company=1&category=2&serviceType=3&region=4&unit=5&date=2026-12-02&time=08%3A00&return=check',
    );
  });

  it('builds step URLs from the answers before the step', () => {
    expect(keysBefore('unit')).toEqual(['link', 'company', 'category', 'serviceType', 'region']);
    expect(stepHref('unit', { company: 1, category: 2, serviceType: 3, region: 4, unit: 5, date: '2026-12-02' })).toBe(
      '/book/unit?company=1&category=2&serviceType=3&region=4&unit=5',
    );
    expect(stepHref('check', { company: 1, time: '08:00' }, { return: undefined })).toBe(
      '/book/check?company=1&time=08%3A00',
    );
  });
});

describe('details schema', () => {
  it('accepts valid details and normalises CPF and phone', () => {
    const parsed = detailsSchema(fields).parse(valid);
    expect(parsed).toMatchObject({ cpf: '52998224725', phone: '11912345678', answers: { people: '3', fee: 'true' } });
  });

  it('names every problem by field, with codes the form puts into words', () => {
    const result = detailsSchema(fields).safeParse({
      name: 'x'.repeat(121),
      cpf: '111.111.111-11',
      email: 'maria@',
      phone: '1134567890',
      answers: { plate: 'AB', people: '40', fee: 'false', kind: 'zzz', born: '2026-02-30' },
    });
    expect(result.success).toBe(false);
    expect(errorsByField(result.error!)).toEqual({
      name: 'nameTooLong',
      cpf: 'cpfInvalid',
      email: 'emailInvalid',
      phone: 'phoneInvalid',
      'answers.plate': 'tooShort',
      'answers.people': 'tooLarge',
      'answers.fee': 'mustCheck',
      'answers.kind': 'invalidOption',
      'answers.born': 'invalidDate',
    });
  });

  it('takes the browser’s shapes as the server’s: a checkbox false or its value, an unanswered radio null', () => {
    const withRadio: FormField[] = [
      ...fields,
      { id: 6, key: 'hasNis', label: 'NIS', type: 'checkbox', required: false },
      { id: 7, key: 'purpose', label: 'Motivo', type: 'radio', required: true, options: [{ value: 'a', label: 'A' }] },
    ];
    const browser = (answers: Record<string, unknown>) =>
      detailsSchema(withRadio).safeParse({ ...valid, answers: { ...valid.answers, ...answers } });
    expect(browser({ hasNis: false, purpose: 'a' }).success).toBe(true);
    expect(browser({ hasNis: 'true', purpose: 'a' }).data?.answers.hasNis).toBe('true');
    expect(errorsByField(browser({ fee: false, hasNis: false, purpose: null }).error!)).toEqual({
      'answers.fee': 'mustCheck',
      'answers.purpose': 'required',
    });
  });

  it('takes whole numbers for a count, decimals only where the field allows, and says a CPF has 11 digits', () => {
    const money: FormField = { id: 8, key: 'amount', label: 'Valor', type: 'number', required: true, decimals: 2 };
    const parse = (cpf: string, answers: Record<string, string>) =>
      detailsSchema([...fields, money]).safeParse({ ...valid, cpf, answers: { ...valid.answers, ...answers } });
    expect(errorsByField(parse('123.456.789-0', { people: '2,5', amount: '10,505' }).error!)).toEqual({
      cpf: 'cpfLength',
      'answers.people': 'notWhole',
      'answers.amount': 'notNumber',
    });
    expect(parse(valid.cpf, { people: '2', amount: '10,50' }).success).toBe(true);
  });

  it('reads a posted form, an unticked checkbox as "false"', () => {
    const form = new FormData();
    form.set('name', 'Ana');
    form.set('answers.plate', 'ABC1D23');
    form.set('evil', 'ignored');
    expect(readDetails(form, fields)).toEqual({
      forWhom: '',
      name: 'Ana',
      cpf: '',
      noCpf: '',
      guardianName: '',
      guardianCpf: '',
      email: '',
      phone: '',
      whatsapp: '',
      sms: '',
      answers: { plate: 'ABC1D23', people: '', fee: 'false', kind: '', born: '' },
    });
  });

  it('takes an e-mail or a mobile, one is enough; neither is said at the e-mail, with every other message', () => {
    const phoneOnly = detailsSchema(fields).safeParse({ ...valid, email: '', sms: 'true' });
    expect(phoneOnly.data).toMatchObject({ email: '', phone: '11912345678', whatsapp: false, sms: true });
    expect(detailsSchema(fields).safeParse({ ...valid, phone: '' }).success).toBe(true);
    const neither = detailsSchema(fields).safeParse({ ...valid, cpf: '123', email: ' ', phone: '' });
    expect(errorsByField(neither.error!)).toEqual({ cpf: 'cpfLength', email: 'contactRequired' });
    // At the counter, neither is needed.
    expect(detailsSchema(fields, 'optional').safeParse({ ...valid, email: '', phone: '' }).success).toBe(true);
  });
});

describe('booking for someone else', () => {
  const child = { ...valid, forWhom: 'other', name: 'Joana Souza', cpf: '111.444.777-35' };
  const guardian = { guardianName: 'Maria Souza', guardianCpf: '529.982.247-25' };

  it('asks for the responsible person, each missing field said at its place with every other message', () => {
    const missing = detailsSchema(fields).safeParse({ ...child, name: '', cpf: '', email: '', phone: '' });
    expect(errorsByField(missing.error!)).toEqual({
      name: 'attendeeNameRequired',
      cpf: 'attendeeCpfRequired',
      guardianName: 'guardianNameRequired',
      guardianCpf: 'guardianCpfRequired',
      email: 'contactRequired',
    });
    const same = detailsSchema(fields).safeParse({ ...child, ...guardian, guardianCpf: child.cpf });
    expect(errorsByField(same.error!)).toEqual({ guardianCpf: 'guardianCpfSame' });
    const bad = detailsSchema(fields).safeParse({ ...child, guardianName: 'Maria', guardianCpf: '123' });
    expect(errorsByField(bad.error!)).toEqual({ guardianCpf: 'cpfLength' });
  });

  it('takes a newborn without a CPF, booked under the responsible’s, and found with either CPF', () => {
    const parsed = detailsSchema(fields).safeParse({ ...child, ...guardian, cpf: '', noCpf: 'true' });
    expect(parsed.success).toBe(true);
    const details = parsed.data!;
    expect(details).toMatchObject({ forWhom: 'other', cpf: '', noCpf: true, guardianCpf: '52998224725' });
    expect(clientOf(details)).toMatchObject({ name: 'Joana Souza', cpf: '52998224725' });
    const answers = dependantAnswers(details);
    expect(answers).toEqual([
      { key: 'bookedFor', value: 'other' },
      { key: 'guardianName', value: 'Maria Souza' },
      { key: 'guardianCpf', value: '52998224725' },
      { key: 'attendeeWithoutCpf', value: 'true' },
    ]);
    const appointment = { client: clientOf(details), answers };
    expect(personDetails(appointment)).toMatchObject({
      forWhom: 'other',
      cpf: '',
      noCpf: 'true',
      guardianName: 'Maria Souza',
    });
    expect(matchesPerson({ cpf: '529.982.247-25', contact: appointment.client.email }, appointment)).toBe(true);
    // Two newborns of one parent are two people to the booking limit; the parent booking is one.
    const twin = { ...details, name: 'José Souza' };
    expect(attendeeIdentity(twin)).not.toBe(attendeeIdentity(details));
    expect(bookerCpf(twin)).toBe(bookerCpf(details));
  });

  it('books a child with a CPF under that CPF, found by it or by the responsible’s, and by no other', () => {
    const details = detailsSchema(fields).safeParse({ ...child, ...guardian }).data!;
    const appointment = { client: clientOf(details), answers: dependantAnswers(details) };
    expect(appointment.client.cpf).toBe('11144477735');
    expect(matchesPerson({ cpf: '111.444.777-35', contact: appointment.client.email }, appointment)).toBe(true);
    expect(matchesPerson({ cpf: '52998224725', contact: appointment.client.email }, appointment)).toBe(true);
    expect(matchesPerson({ cpf: '390.533.447-05', contact: appointment.client.email }, appointment)).toBe(false);
    expect(bookerCpf(details)).toBe('52998224725');
  });

  it('keeps nothing of a responsible person when the appointment is for oneself', () => {
    const own = detailsSchema(fields).safeParse({ ...valid, ...guardian, forWhom: 'me', noCpf: 'true' }).data!;
    expect(own).toMatchObject({ forWhom: 'me', cpf: '52998224725', noCpf: false, guardianName: '', guardianCpf: '' });
    expect(dependantAnswers(own)).toEqual([]);
    // Someone else's appointment is not found with a CPF it does not hold.
    expect(matchesPerson({ cpf: '111.444.777-35', contact: own.email }, { client: clientOf(own), answers: [] })).toBe(
      false,
    );
    expect(detailsSchema(fields).safeParse({ ...valid, forWhom: 'them' }).success).toBe(false);
  });
});

describe('looking an appointment up', () => {
  const appointment = {
    client: { name: 'Maria', cpf: '52998224725', email: 'Maria@Exemplo.com.br', phone: '11912345678' },
    answers: [],
  };
  it('asks for the contact on file beside the CPF: a CPF alone, or with another contact, opens nothing', () => {
    expect(matchesPerson({ cpf: '529.982.247-25', contact: 'maria@exemplo.com.br' }, appointment)).toBe(true);
    expect(matchesPerson({ cpf: '52998224725', contact: '+55 (11) 91234-5678' }, appointment)).toBe(true);
    expect(matchesPerson({ cpf: '52998224725', contact: '' }, appointment)).toBe(false);
    expect(matchesPerson({ cpf: '52998224725', contact: 'outra@exemplo.com.br' }, appointment)).toBe(false);
    expect(matchesPerson({ cpf: '52998224725', contact: '(11) 98888-7777' }, appointment)).toBe(false);
    expect(matchesPerson({ cpf: '11144477735', contact: 'maria@exemplo.com.br' }, appointment)).toBe(false);
    // Booked with a mobile only: the mobile is the way in.
    const noEmail = { ...appointment, client: { ...appointment.client, email: '' } };
    expect(matchesPerson({ cpf: '52998224725', contact: '11912345678' }, noEmail)).toBe(true);
    expect(matchesPerson({ cpf: '52998224725', contact: '@' }, noEmail)).toBe(false);
  });
});

describe('phones', () => {
  it('writes a mobile as people read it', () => {
    expect(formatPhone('92991234567')).toBe('(92) 99123-4567');
    expect(formatPhone('+55 11 3456-7890')).toBe('(11) 3456-7890');
  });

  it('accepts Brazilian mobiles with area code, with or without +55', () => {
    expect(isMobilePhone('(92) 99123-4567')).toBe(true);
    expect(isMobilePhone('+55 11 91234-5678')).toBe(true);
    expect(phoneDigits('+55 11 91234-5678')).toBe('11912345678');
    expect(isMobilePhone('(20) 99123-4567')).toBe(false); // no such area code
    expect(isMobilePhone('(11) 3123-4567')).toBe(false); // a landline
  });
});

describe('calendar month', () => {
  it('lays a month out in weeks from Sunday', () => {
    const grid = monthGrid('2026-12');
    expect(grid.weeks[0]).toEqual([null, null, '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05']);
    expect(grid.weeks.flat().filter(Boolean)).toHaveLength(31);
    // A February of a leap year, starting on a Sunday.
    const february = monthGrid('2032-02');
    expect(february.weeks[0]![0]).toBe('2032-02-01');
    expect(february.weeks.flat().filter(Boolean)).toHaveLength(29);
  });

  it('moves by months across the years', () => {
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2027-01', -1)).toBe('2026-12');
    expect(shiftMonth('2026-11', 14)).toBe('2028-01');
  });

  it('opens on the month asked for, else the chosen day, else the first free day', () => {
    const free = ['2026-12-02', '2027-01-05'];
    expect(initialMonth('2027-01', undefined, free)).toBe('2027-01');
    expect(initialMonth('2030-01', '2027-01-05', free)).toBe('2027-01');
    expect(initialMonth(undefined, undefined, free)).toBe('2026-12');
  });
});
