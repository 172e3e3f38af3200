import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { appointmentCalendar, calendarFactsOf } from '@/lib/appointments/ics';
import type { Appointment } from '@/lib/tatodesk/types';

const address = { street: 'Rua', number: '1', district: 'Centro', city: 'Manaus', state: 'AM', zipCode: '69000000' };
const appointment = (timeZone: string, durationMinutes?: number): Appointment => ({
  attendanceId: 1,
  protocol: '20261201000001',
  scheduled: true,
  company: { id: 102, name: 'Detran Amazonas' },
  unit: { id: 504, name: 'Detran Sede Flores', address, timeZone },
  serviceType: { id: 307, name: 'Renovação da CNH', requiredDocuments: [], durationMinutes },
  date: '2026-12-02',
  time: '08:00',
  status: 'scheduled',
  statusLabel: 'Agendado',
  history: [],
  client: { name: 'Maria', cpf: '52998224725', email: 'maria@exemplo.com.br', phone: '92991234567' },
  answers: [],
  attachments: [],
  createdAt: '2026-12-01T12:00:00Z',
});

function event(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
}

// `npm test` runs this in Asia/Tokyo: the unit's wall clock must not depend on the server's.
describe('calendar file', () => {
  it.each([
    ['America/Manaus', '2026-12-02T12:00:00.000Z'],
    ['America/Sao_Paulo', '2026-12-02T11:00:00.000Z'],
    ['America/Cuiaba', '2026-12-02T12:00:00.000Z'],
  ])('puts 08:00 at a %s unit at its own 08:00, with its VTIMEZONE', (zone, instant) => {
    const text = appointmentCalendar(calendarFactsOf(appointment(zone, 40)), 'pt-BR');
    expect(text).toContain(`DTSTART;TZID=${zone}:20261202T080000`);
    expect(text).toContain(`BEGIN:VTIMEZONE\r\nTZID:${zone}`);
    const e = event(text);
    expect(e.startDate.toJSDate().toISOString()).toBe(instant);
    expect(e.endDate.toJSDate().getTime() - e.startDate.toJSDate().getTime()).toBe(40 * 60_000);
  });

  it('lasts half an hour when the service names no duration, and stamps in UTC', () => {
    const text = appointmentCalendar(calendarFactsOf(appointment('America/Manaus')), 'pt-BR');
    expect(text).toContain('DTEND;TZID=America/Manaus:20261202T083000');
    expect(text).toMatch(/DTSTAMP:\d{8}T\d{6}Z/);
  });
});
