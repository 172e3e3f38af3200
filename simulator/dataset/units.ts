import type { WireResponseOf } from '@/lib/tatodesk/contract/endpoints';

type UnitWire = WireResponseOf<'listSchedulingUnits'>['data'][number];

export type OpeningPeriod = { periodID: 1 | 2 | 3; start: string; end: string };
/** A unit: what Tatodesk answers about it, and apart from that what only the simulator knows. */
export type SimUnit = {
  /** Tatodesk's answer, with the time zone every unit of ours has. */
  wire: UnitWire & { timeZone: string };
  attendanceTypeIDs: number[];
  periods: OpeningPeriod[];
  intervalMinutes: number;
  /** Places per hour and service type. */
  capacity: number;
  /** Local holidays (MM-DD) on top of the national ones. */
  holidays: string[];
};

const morning: OpeningPeriod = { periodID: 1, start: '08:00', end: '12:00' };
const afternoon: OpeningPeriod = { periodID: 2, start: '13:00', end: '17:00' };
const evening: OpeningPeriod = { periodID: 3, start: '18:00', end: '20:00' };

const campinas = { timeZone: 'America/Sao_Paulo', holidays: ['12-08'], address: { city: 'Campinas', state: 'SP' } };
const amazonas = { timeZone: 'America/Manaus', holidays: ['10-24', '12-08'], address: { state: 'AM' } };

export const units: SimUnit[] = [
  {
    wire: {
      ID: 501,
      companyID: 101,
      regionID: 401,
      name: 'Central do Cidadão Centro',
      phone: '1921160100',
      address: {
        street: 'Avenida Francisco Glicério',
        number: '1269',
        district: 'Centro',
        zipCode: '13012-100',
        ...campinas.address,
      },
      timeZone: campinas.timeZone,
    },
    holidays: campinas.holidays,
    attendanceTypeIDs: [301, 302, 303, 304, 305, 306],
    periods: [morning, afternoon, evening],
    intervalMinutes: 30,
    capacity: 2,
  },
  {
    wire: {
      ID: 502,
      companyID: 101,
      regionID: 402,
      name: 'Central do Cidadão Barão Geraldo',
      address: {
        street: 'Avenida Albino José Barbosa de Oliveira',
        number: '1051',
        district: 'Barão Geraldo',
        zipCode: '13084-008',
        ...campinas.address,
      },
      timeZone: campinas.timeZone,
    },
    holidays: campinas.holidays,
    attendanceTypeIDs: [301, 302, 303, 306],
    periods: [morning, afternoon],
    intervalMinutes: 20,
    capacity: 1,
  },
  {
    wire: {
      ID: 503,
      companyID: 101,
      regionID: 403,
      name: 'Central do Cidadão Campo Grande',
      address: {
        street: 'Avenida John Boyd Dunlop',
        number: '3900',
        complement: 'Piso térreo',
        district: 'Jardim Ipaussurama',
        zipCode: '13060-803',
        ...campinas.address,
      },
      timeZone: campinas.timeZone,
    },
    holidays: campinas.holidays,
    attendanceTypeIDs: [301, 304, 305],
    periods: [morning, afternoon],
    intervalMinutes: 30,
    capacity: 2,
  },
  {
    wire: {
      ID: 508,
      companyID: 101,
      regionID: 403,
      name: 'Central do Cidadão Ouro Verde',
      address: {
        street: 'Rua Armando Frederico Renganeschi',
        number: '430',
        district: 'Jardim Cristina',
        zipCode: '13058-050',
        ...campinas.address,
      },
      timeZone: campinas.timeZone,
    },
    holidays: campinas.holidays,
    attendanceTypeIDs: [302, 304, 306],
    periods: [afternoon, evening],
    intervalMinutes: 30,
    capacity: 2,
  },
  {
    wire: {
      ID: 504,
      companyID: 102,
      regionID: 404,
      name: 'Detran Sede Flores',
      phone: '9236401900',
      address: {
        street: 'Avenida Mário Ypiranga',
        number: '2800',
        district: 'Flores',
        city: 'Manaus',
        zipCode: '69058-000',
        ...amazonas.address,
      },
      timeZone: amazonas.timeZone,
    },
    holidays: amazonas.holidays,
    attendanceTypeIDs: [307, 308, 309, 310],
    periods: [morning, afternoon],
    intervalMinutes: 30,
    capacity: 3,
  },
  {
    wire: {
      ID: 505,
      companyID: 102,
      regionID: 404,
      name: 'Detran Shopping Via Norte',
      address: {
        street: 'Avenida Arquiteto José Henriques Bento Rodrigues',
        number: '3760',
        complement: 'Loja 112',
        district: 'Monte das Oliveiras',
        city: 'Manaus',
        zipCode: '69093-149',
        ...amazonas.address,
      },
      timeZone: amazonas.timeZone,
    },
    holidays: amazonas.holidays,
    attendanceTypeIDs: [307, 309],
    periods: [morning, afternoon, evening],
    intervalMinutes: 20,
    capacity: 2,
  },
  {
    wire: {
      ID: 509,
      companyID: 102,
      regionID: 404,
      name: 'Detran Cidade Nova',
      address: {
        street: 'Avenida Noel Nutels',
        number: '1350',
        district: 'Cidade Nova',
        city: 'Manaus',
        zipCode: '69095-000',
        ...amazonas.address,
      },
      timeZone: amazonas.timeZone,
    },
    holidays: amazonas.holidays,
    attendanceTypeIDs: [308, 310],
    periods: [morning, afternoon],
    intervalMinutes: 30,
    capacity: 2,
  },
  {
    wire: {
      ID: 506,
      companyID: 102,
      regionID: 405,
      name: 'Detran Parintins',
      address: {
        street: 'Rua Gomes de Castro',
        number: '505',
        district: 'Centro',
        city: 'Parintins',
        zipCode: '69151-110',
        ...amazonas.address,
      },
      timeZone: amazonas.timeZone,
    },
    holidays: [...amazonas.holidays, '06-30'],
    attendanceTypeIDs: [307, 310],
    periods: [morning],
    intervalMinutes: 30,
    capacity: 1,
  },
  {
    // One region, one unit, mornings only: the journey skips the region, unit and period steps.
    wire: {
      ID: 507,
      companyID: 103,
      regionID: 406,
      name: 'Bem Viver Unidade Centro Sul',
      address: {
        street: 'Rua Barão de Melgaço',
        number: '2754',
        district: 'Centro Sul',
        city: 'Cuiabá',
        state: 'MT',
        zipCode: '78020-800',
      },
      timeZone: 'America/Cuiaba',
    },
    holidays: ['04-08'],
    attendanceTypeIDs: [311, 312],
    periods: [morning],
    intervalMinutes: 15,
    capacity: 2,
  },
  {
    wire: {
      ID: 510,
      companyID: 105,
      regionID: 407,
      name: 'Agência INSS Rio Branco',
      address: {
        street: 'Rua Marechal Deodoro',
        number: '340',
        district: 'Centro',
        city: 'Rio Branco',
        state: 'AC',
        zipCode: '69900-210',
      },
      timeZone: 'America/Rio_Branco',
    },
    holidays: ['01-23', '06-15', '08-06', '11-17'],
    attendanceTypeIDs: [314],
    periods: [morning, afternoon],
    intervalMinutes: 30,
    capacity: 2,
  },
  {
    wire: {
      ID: 511,
      companyID: 105,
      regionID: 408,
      name: 'Agência INSS Fernando de Noronha',
      address: {
        street: 'Vila dos Remédios',
        number: 's/n',
        district: 'Vila dos Remédios',
        city: 'Fernando de Noronha',
        state: 'PE',
        zipCode: '53990-000',
      },
      timeZone: 'America/Noronha',
    },
    holidays: ['03-06'],
    attendanceTypeIDs: [314],
    periods: [morning],
    intervalMinutes: 30,
    capacity: 1,
  },
];

/** National holidays with a fixed date (MM-DD). */
export const nationalHolidays = ['01-01', '04-21', '05-01', '09-07', '10-12', '11-02', '11-15', '11-20', '12-25'];
