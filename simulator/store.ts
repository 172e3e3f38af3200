import { randomUUID } from 'node:crypto';
import { errorCodes } from '@/lib/tatodesk/contract/wire/common';
import { notificationStatusIDs } from '@/lib/tatodesk/contract/wire/data';
import { statusIDs, type TatodeskWalkInClient } from '@/lib/tatodesk/contract/wire/scheduling';
import { bookableDays, hoursOf, periodOf, seededBookings, todayIn } from './calendar';
import { SimCrm } from './crm-store';
import { categories, companies, customLinks, serviceTypes } from './dataset/catalogue';
import { units, type SimUnit } from './dataset/units';
import { invalid, notFound, SimError } from './errors';
import { SimMedia } from './media-store';
import { SimRecords } from './records-store';
import { newProtocol, seedState } from './seed';
import { emptyState, loadState, saveState, type SimAppointment, type SimNotification, type SimState } from './state';

const CLOSED = new Set<number>([statusIDs.finished, statusIDs.cancelled, statusIDs.noShow]);
const slotKey = (unitID: number, attendanceTypeID: number, date: string, hour: string) =>
  `${unitID}|${attendanceTypeID}|${date}|${hour}`;

export type StoreOptions = { now?: Date; stateFile?: string };

/** The simulator's data and state. Every method runs to completion synchronously, so check-and-take is atomic. */
export class SimStore {
  private state: SimState;
  private taken = new Map<string, number>();
  /** Times handed to a test by `lease`; never handed out twice, whatever else is reset. */
  private leased = new Set<string>();
  private fixedNow: Date | undefined;

  constructor(private readonly options: StoreOptions = {}) {
    this.uploads = new SimMedia(
      () => this.state,
      options.stateFile,
      () => this.save(),
    );
    this.fixedNow = options.now;
    const loaded = options.stateFile ? loadState(options.stateFile) : undefined;
    this.state = loaded ?? this.seeded();
    this.reindex();
  }

  now = (): Date => (this.fixedNow ? new Date(this.fixedNow) : new Date());

  /** The CRM's objects, and WhatsApp's uploaded media: parts of the same state, saved with it. */
  readonly crm = new SimCrm(
    () => this.state,
    () => this.now(),
    () => this.save(),
  );
  readonly uploads: SimMedia;
  /** Survey answers and Pulse sessions: what the product sends that nothing reads back. */
  readonly records = new SimRecords(
    () => this.state,
    () => this.now(),
    () => this.save(),
  );

  setClock(now: Date | undefined): void {
    this.fixedNow = now;
  }

  reset(): void {
    this.state = this.seeded();
    this.reindex();
    this.save();
  }

  private seeded(): SimState {
    const state = emptyState();
    seedState(state, this.now());
    return state;
  }

  private reindex(): void {
    this.taken.clear();
    for (const a of this.state.appointments) {
      if (a.hour && a.statusID !== statusIDs.cancelled)
        this.bump(slotKey(a.unitID, a.attendanceTypeID, a.date, a.hour), 1);
    }
  }

  private bump(key: string, delta: number): void {
    this.taken.set(key, (this.taken.get(key) ?? 0) + delta);
  }

  save(): void {
    if (this.options.stateFile) saveState(this.options.stateFile, this.state);
  }

  company = (id: number) => companies.find((c) => c.ID === id) ?? raise(notFound('company'));
  category = (id: number) => categories.find((c) => c.wire.ID === id) ?? raise(notFound('category'));
  serviceType = (id: number) => serviceTypes.find((t) => t.ID === id) ?? raise(notFound('attendance type'));
  unit = (id: number) => units.find((u) => u.wire.ID === id) ?? raise(notFound('attendance unit'));

  customLink(token: string) {
    const link = customLinks.find((l) => l.token === token);
    if (!link || link.expired) throw new SimError(404, errorCodes.linkNotFound, 'custom link not found or expired');
    return link;
  }

  /** The unit must offer the type: the check every scheduling call starts with. */
  offering(unitID: number, attendanceTypeID: number): SimUnit {
    const unit = this.unit(unitID);
    this.serviceType(attendanceTypeID);
    if (!unit.attendanceTypeIDs.includes(attendanceTypeID))
      throw invalid('the attendance unit does not offer this attendance type');
    return unit;
  }

  vacancies(unit: SimUnit, attendanceTypeID: number, date: string, hour: string): number {
    const used =
      seededBookings(unit, attendanceTypeID, date, hour) +
      (this.taken.get(slotKey(unit.wire.ID, attendanceTypeID, date, hour)) ?? 0);
    return Math.max(0, unit.capacity - used);
  }

  hours(unit: SimUnit, attendanceTypeID: number, date: string, periodID: number) {
    if (!bookableDays(unit, this.now()).includes(date)) return [];
    return hoursOf(unit, periodID).map((hour) => ({
      hour,
      vacancies: this.vacancies(unit, attendanceTypeID, date, hour),
    }));
  }

  /**
   * A bookable time with vacancies in range that no earlier lease was given, in calendar order.
   * Tests take their own time this way, so that parallel tests never book each other's places.
   */
  lease(unitID: number, attendanceTypeID: number, range: { min: number; max: number; date?: string }) {
    const unit = this.offering(unitID, attendanceTypeID);
    for (const date of bookableDays(unit, this.now()).filter((d) => !range.date || d === range.date)) {
      for (const { periodID } of unit.periods) {
        for (const hour of hoursOf(unit, periodID)) {
          const key = slotKey(unit.wire.ID, attendanceTypeID, date, hour);
          const vacancies = this.vacancies(unit, attendanceTypeID, date, hour);
          if (this.leased.has(key) || vacancies < range.min || vacancies > range.max) continue;
          this.leased.add(key);
          return { date, hour, vacancies };
        }
      }
    }
    throw new SimError(409, errorCodes.slotUnavailable, 'no free time left to lease');
  }

  book(input: {
    companyID: number;
    unitID: number;
    attendanceTypeID: number;
    date: string;
    hour: string;
    client: TatodeskWalkInClient;
    form: { key: string; value: string }[];
  }): SimAppointment {
    const unit = this.offering(input.unitID, input.attendanceTypeID);
    if (unit.wire.companyID !== input.companyID) throw invalid('the attendance unit belongs to another company');
    const periodID = periodOf(unit, input.hour);
    const offered = periodID
      ? this.hours(unit, input.attendanceTypeID, input.date, periodID).some((h) => h.hour === input.hour)
      : false;
    if (!offered) throw invalid('the unit does not open at that date and hour');
    if (this.vacancies(unit, input.attendanceTypeID, input.date, input.hour) < 1) {
      throw new SimError(409, errorCodes.slotUnavailable, 'this time is no longer available');
    }
    this.bump(slotKey(unit.wire.ID, input.attendanceTypeID, input.date, input.hour), 1);
    return this.add({ ...input, scheduled: true });
  }

  /** At the counter, any service of the unit's organisation, online scheduling or not. */
  walkIn(input: {
    companyID: number;
    unitID: number;
    attendanceTypeID: number;
    client: TatodeskWalkInClient;
    form: { key: string; value: string }[];
  }) {
    const unit = this.unit(input.unitID);
    const type = this.serviceType(input.attendanceTypeID);
    if (this.category(type.categoryID).wire.companyID !== unit.wire.companyID)
      throw invalid('the attendance type belongs to another company');
    if (unit.wire.companyID !== input.companyID) throw invalid('the attendance unit belongs to another company');
    return this.add({
      ...input,
      scheduled: false,
      date: todayIn(this.now(), unit.wire.timeZone),
      statusID: statusIDs.checkedIn,
    });
  }

  private add(
    input: Omit<
      SimAppointment,
      'attendanceID' | 'protocol' | 'attendanceCode' | 'statusID' | 'history' | 'attachments' | 'createdAt' | 'bookedAt'
    > & { statusID?: number },
  ): SimAppointment {
    const at = this.now().toISOString();
    const statusID = input.statusID ?? statusIDs.scheduled;
    const attendanceID = this.state.nextAttendanceID++;
    const appointment: SimAppointment = {
      ...input,
      attendanceID,
      protocol: newProtocol(this.state, todayIn(this.now(), 'America/Sao_Paulo')),
      attendanceCode: `${input.scheduled ? 'A' : 'E'}${String(attendanceID % 1000).padStart(3, '0')}`,
      statusID,
      history: [{ statusID, at }],
      attachments: [],
      createdAt: at,
      bookedAt: new Date().toISOString(),
    };
    this.state.appointments.push(appointment);
    this.save();
    return appointment;
  }

  appointments = (): readonly SimAppointment[] => this.state.appointments;
  notifications = (): readonly SimNotification[] => this.state.notifications;
  media = (): readonly SimState['media'][number][] => this.state.media;
  byProtocol = (protocol: string) =>
    this.state.appointments.find((a) => a.protocol === protocol) ?? raise(notFound('appointment'));
  byId = (id: number) => this.state.appointments.find((a) => a.attendanceID === id) ?? raise(notFound('attendance'));

  setStatus(protocol: string, statusID: number): SimAppointment {
    const appointment = this.byProtocol(protocol);
    if (!Object.values(statusIDs).includes(statusID as never)) throw invalid('unknown status');
    if (appointment.hour && (statusID === statusIDs.cancelled) !== (appointment.statusID === statusIDs.cancelled)) {
      this.bump(
        slotKey(appointment.unitID, appointment.attendanceTypeID, appointment.date, appointment.hour),
        statusID === statusIDs.cancelled ? -1 : 1,
      );
    }
    appointment.statusID = statusID;
    appointment.history.push({ statusID, at: this.now().toISOString() });
    this.save();
    return appointment;
  }

  attach(protocol: string, files: { name: string; url: string }[]) {
    const appointment = this.byProtocol(protocol);
    if (CLOSED.has(appointment.statusID)) {
      throw new SimError(409, errorCodes.closed, 'the attendance is closed and takes no attachments');
    }
    const at = this.now().toISOString();
    const added = files.map((f) => ({ ...f, createdAt: at }));
    appointment.attachments.push(...added);
    this.save();
    return appointment.attachments;
  }

  notify(n: Omit<SimNotification, 'ID' | 'at' | 'statusID' | 'updatedAt'>): string {
    const ID = randomUUID();
    const unreachable = this.state.undeliverable.some((u) => u.channel === n.channel && u.to === n.to);
    // Delivered at once, unless the recipient is one a test made unreachable on that channel.
    const statusID = unreachable ? notificationStatusIDs.failed : notificationStatusIDs.delivered;
    const at = this.now().toISOString();
    this.state.notifications.push({ ...n, ID, at, statusID, updatedAt: at });
    this.save();
    return ID;
  }

  /** From now on, what is sent on this channel to this recipient fails delivery. */
  makeUndeliverable(channel: SimNotification['channel'], to: string): void {
    this.state.undeliverable.push({ channel, to });
    this.save();
  }
}

function raise(error: Error): never {
  throw error;
}
