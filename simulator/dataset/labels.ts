import { notificationStatusIDs } from '@/lib/tatodesk/contract/wire/data';
import { statusIDs } from '@/lib/tatodesk/contract/wire/scheduling';

/** The names the account gives its statuses and periods (the app speaks of them in its own words). */
export const statusNames: Record<number, string> = {
  [statusIDs.scheduled]: 'Agendado',
  [statusIDs.checkedIn]: 'Presente, aguardando',
  [statusIDs.inService]: 'Em atendimento',
  [statusIDs.finished]: 'Finalizado',
  [statusIDs.cancelled]: 'Cancelado',
  [statusIDs.noShow]: 'Não compareceu',
};

/** The simulator's own period ids: the seed states none, so the app asks List Periods for them. */
export const periodIDs = { morning: 1, afternoon: 2, evening: 3 } as const;

export const periodNames: Record<number, string> = {
  [periodIDs.morning]: 'Manhã',
  [periodIDs.afternoon]: 'Tarde',
  [periodIDs.evening]: 'Noite',
};

export const notificationStatusNames: Record<number, string> = {
  [notificationStatusIDs.queued]: 'Na fila',
  [notificationStatusIDs.sent]: 'Enviada',
  [notificationStatusIDs.delivered]: 'Entregue',
  [notificationStatusIDs.read]: 'Lida',
  [notificationStatusIDs.failed]: 'Falhou',
};
