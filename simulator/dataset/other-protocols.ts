import type { WireResponseOf } from '@/lib/tatodesk/contract/endpoints';

type Hit = WireResponseOf<'searchByProtocol'>['data'][number];

/**
 * Protocols of the account's other platforms (a chat attendance, a ticket), which `Search by
 * protocol` finds and `Query Appointment` does not: what a citizen may read out at the counter.
 */
export const otherProtocols: Hit[] = [
  {
    platform: 'digital',
    protocol: '20261130500001',
    ID: 91_001,
    statusID: 4,
    statusName: 'Concluído',
    createdAt: '2026-11-30T14:12:00-03:00',
  },
  {
    platform: 'ticket',
    protocol: '20261127600002',
    ID: 92_002,
    statusID: 1,
    statusName: 'Aberto',
    createdAt: '2026-11-27T10:05:00-03:00',
  },
];
