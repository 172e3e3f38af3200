import { nationalHolidays } from './units';

/** The national holidays by name, as an account's exceptions would word them. */
const nationalNames: Record<string, string> = {
  '01-01': 'Confraternização Universal',
  '04-21': 'Tiradentes',
  '05-01': 'Dia do Trabalho',
  '09-07': 'Independência do Brasil',
  '10-12': 'Nossa Senhora Aparecida',
  '11-02': 'Finados',
  '11-15': 'Proclamação da República',
  '11-20': 'Dia da Consciência Negra',
  '12-25': 'Natal',
};

export type SimServiceGroup = {
  ID: number;
  name: string;
  /** Opening hours by weekday (0 Sunday … 6 Saturday). */
  hours: { weekDay: number; start: string; end: string }[];
  /** Days closed (MM-DD) with the exception's own words, every year. */
  closed: Record<string, string>;
};

const weekdays = (start: string, end: string) => [1, 2, 3, 4, 5].map((weekDay) => ({ weekDay, start, end }));

/**
 * The Contact Center's groups behind the simulator's companies: their help lines' hours, and as
 * exceptions the same holidays the units close on (national and local, dataset/units.ts), so that
 * a closed day on the calendar has its reason. The app maps a company or a unit to its group
 * (HELP_LINE_GROUPS; the simulated defaults in lib/env).
 */
export const serviceGroups: SimServiceGroup[] = [
  {
    ID: 701,
    name: 'Central 156 Campinas',
    hours: weekdays('08:00', '18:00'),
    closed: { ...nationalNames, '12-08': 'Feriado municipal: Nossa Senhora da Conceição' },
  },
  {
    ID: 702,
    name: 'Central de Atendimento Detran Amazonas',
    hours: [...weekdays('07:00', '19:00'), { weekDay: 6, start: '08:00', end: '12:00' }],
    closed: {
      ...nationalNames,
      '10-24': 'Feriado municipal: aniversário de Manaus',
      '12-08': 'Feriado municipal: Nossa Senhora da Conceição',
    },
  },
  {
    ID: 703,
    name: 'Central da Clínica Popular Bem Viver',
    hours: weekdays('08:00', '17:00'),
    closed: { ...nationalNames, '04-08': 'Feriado municipal: aniversário de Cuiabá' },
  },
];

// Every national holiday the units close on has its words here.
for (const day of nationalHolidays) if (!nationalNames[day]) throw new Error(`no name for the holiday ${day}`);
