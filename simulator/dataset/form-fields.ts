import type { WireResponseOf } from '@/lib/tatodesk/contract/endpoints';

type FieldWire = WireResponseOf<'listFormFields'>['data'][number];

const identity: FieldWire[] = [
  {
    ID: 701,
    key: 'motherName',
    label: 'Nome completo da mãe',
    type: 'text',
    required: true,
    minLength: 3,
    maxLength: 120,
  },
  {
    ID: 702,
    key: 'birthDate',
    label: 'Data de nascimento',
    type: 'date',
    required: true,
    hint: 'Como está na certidão.',
  },
  { ID: 703, key: 'socialName', label: 'Nome social (opcional)', type: 'text', required: false, maxLength: 120 },
];

export const formFields: Record<number, FieldWire[]> = {
  301: identity,
  302: [
    ...identity,
    {
      ID: 704,
      key: 'reason',
      label: 'Motivo da segunda via',
      type: 'select',
      required: true,
      options: [
        { value: 'loss', label: 'Perda' },
        { value: 'theft', label: 'Roubo ou furto' },
        { value: 'change', label: 'Mudança de dados' },
        { value: 'damage', label: 'Documento danificado' },
      ],
    },
  ],
  303: [
    {
      ID: 705,
      key: 'nis',
      label: 'Número do PIS/NIS',
      type: 'text',
      required: false,
      minLength: 11,
      maxLength: 11,
      hint: '11 números, se tiver.',
    },
  ],
  304: [
    { ID: 706, key: 'propertyId', label: 'Inscrição imobiliária', type: 'text', required: true, maxLength: 20 },
    {
      ID: 707,
      key: 'installments',
      label: 'Número de parcelas desejado',
      type: 'number',
      required: true,
      min: 2,
      max: 12,
    },
  ],
  305: [
    {
      ID: 708,
      key: 'purpose',
      label: 'Para que você precisa da certidão?',
      type: 'radio',
      required: true,
      options: [
        { value: 'bid', label: 'Licitação' },
        { value: 'sale', label: 'Venda de imóvel' },
        { value: 'other', label: 'Outro motivo' },
      ],
    },
  ],
  306: [
    {
      ID: 709,
      key: 'householdSize',
      label: 'Quantas pessoas moram na casa?',
      type: 'number',
      required: true,
      min: 1,
      max: 20,
    },
    { ID: 710, key: 'hasNis', label: 'A família já tem NIS', type: 'checkbox', required: false },
    {
      ID: 711,
      key: 'notes',
      label: 'Algo que a equipe deva saber?',
      type: 'textarea',
      required: false,
      maxLength: 500,
    },
  ],
  307: [
    {
      ID: 712,
      key: 'cnhRegistration',
      label: 'Número de registro da CNH',
      type: 'text',
      required: true,
      minLength: 11,
      maxLength: 11,
    },
    { ID: 713, key: 'paidFee', label: 'Já paguei a taxa (DAR)', type: 'checkbox', required: true },
  ],
  308: [
    {
      ID: 714,
      key: 'licenceCategory',
      label: 'Categoria pretendida',
      type: 'select',
      required: true,
      options: ['A', 'B', 'AB'].map((c) => ({ value: c, label: `Categoria ${c}` })),
    },
  ],
  309: [
    {
      ID: 715,
      key: 'plate',
      label: 'Placa do veículo',
      type: 'text',
      required: true,
      minLength: 7,
      maxLength: 8,
      hint: 'Ex.: ABC1D23',
    },
    { ID: 716, key: 'renavam', label: 'Renavam', type: 'text', required: true, minLength: 9, maxLength: 11 },
  ],
  310: [{ ID: 717, key: 'plate', label: 'Placa do veículo', type: 'text', required: true, minLength: 7, maxLength: 8 }],
  311: [
    {
      ID: 718,
      key: 'healthCard',
      label: 'Número do Cartão Nacional de Saúde',
      type: 'text',
      required: false,
      maxLength: 15,
    },
    {
      ID: 719,
      key: 'symptoms',
      label: 'Conte brevemente o motivo da consulta',
      type: 'textarea',
      required: false,
      maxLength: 300,
    },
    { ID: 720, key: 'priority', label: 'Tenho direito a atendimento prioritário', type: 'checkbox', required: false },
  ],
  312: [
    {
      ID: 721,
      key: 'vaccine',
      label: 'Vacina',
      type: 'select',
      required: true,
      options: [
        { value: 'flu', label: 'Gripe (influenza)' },
        { value: 'covid', label: 'Covid-19' },
        { value: 'yellow-fever', label: 'Febre amarela' },
      ],
    },
    { ID: 722, key: 'guardianEmail', label: 'E-mail do responsável (para menores)', type: 'email', required: false },
    { ID: 723, key: 'guardianPhone', label: 'Celular do responsável (para menores)', type: 'phone', required: false },
  ],
};
