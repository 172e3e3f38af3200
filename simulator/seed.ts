import { cpfCheckDigits } from '@/lib/tatodesk/contract/cpf';
import { statusIDs } from '@/lib/tatodesk/contract/wire/scheduling';
import { hash, hoursOf, instantOf, todayIn } from './calendar';
import { units, type SimUnit } from './dataset/units';
import type { SimAppointment, SimState } from './state';

const firstNames = [
  'Maria',
  'José',
  'Ana',
  'João',
  'Francisca',
  'Antônio',
  'Adriana',
  'Carlos',
  'Juliana',
  'Paulo',
  'Márcia',
  'Lucas',
];
const lastNames = [
  'da Silva',
  'dos Santos',
  'Oliveira',
  'Souza',
  'Rodrigues',
  'Ferreira',
  'Alves',
  'Pereira',
  'Lima',
  'Gomes',
];

export function seedClient(n: number) {
  const name = `${firstNames[n % firstNames.length]} ${lastNames[(n * 7) % lastNames.length]}`;
  const base = String(100_000_000 + ((n * 7_919_113) % 899_999_999)).slice(0, 9);
  const slug = name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z ]/g, '')
    .replace(/ /g, '.');
  return {
    name,
    cpf: base + cpfCheckDigits(base),
    email: `${slug}${n}@exemplo.com.br`,
    phone: `119${String(80_000_000 + n * 1_013).slice(0, 8)}`,
  };
}

const minutes = (at: Date, delta: number) => new Date(at.getTime() + delta * 60_000).toISOString();

/** The day's appointments at each unit, with statuses as a front desk would have them by now. */
function todayAt(
  unit: SimUnit,
  now: Date,
  nextId: () => number,
  protocolOf: (date: string) => string,
): SimAppointment[] {
  const date = todayIn(now, unit.wire.timeZone);
  const hours = unit.periods.flatMap((p) => hoursOf(unit, p.periodID));
  return hours.slice(0, 14).map((hour, i) => {
    const id = nextId();
    const start = instantOf(date, hour, unit.wire.timeZone);
    const attendanceTypeID = unit.attendanceTypeIDs[i % unit.attendanceTypeIDs.length]!;
    const created = minutes(start, -60 * 24 * 5);
    const history: { statusID: number; at: string }[] = [{ statusID: statusIDs.scheduled, at: created }];
    const late = now.getTime() - start.getTime();
    const wait = 5 + (hash(`${id}`) % 20);
    const noShow = i % 6 === 5;
    const cancelled = i % 9 === 8;
    if (cancelled) history.push({ statusID: statusIDs.cancelled, at: minutes(start, -120) });
    else if (late > 0 && noShow) history.push({ statusID: statusIDs.noShow, at: minutes(start, 30) });
    else if (late > -15 * 60_000) {
      history.push({ statusID: statusIDs.checkedIn, at: minutes(start, -10) });
      if (late > (wait - 10) * 60_000) history.push({ statusID: statusIDs.inService, at: minutes(start, wait - 10) });
      if (late > (wait + 10) * 60_000) history.push({ statusID: statusIDs.finished, at: minutes(start, wait + 10) });
    }
    return {
      attendanceID: id,
      protocol: protocolOf(date),
      attendanceCode: `A${String(i + 1).padStart(3, '0')}`,
      scheduled: true,
      companyID: unit.wire.companyID,
      unitID: unit.wire.ID,
      attendanceTypeID,
      date,
      hour,
      statusID: history.at(-1)!.statusID,
      history,
      client: seedClient(id),
      form: [],
      attachments: [],
      createdAt: created,
    };
  });
}

/** Protocols read as the day they were made plus a running number, like Tatodesk's. */
export const newProtocol = (state: SimState, date: string) =>
  `${date.replaceAll('-', '')}${String(state.nextProtocol++).padStart(6, '0')}`;

export function seedState(state: SimState, now: Date): void {
  const nextId = () => state.nextAttendanceID++;
  for (const unit of units) state.appointments.push(...todayAt(unit, now, nextId, (date) => newProtocol(state, date)));
}
