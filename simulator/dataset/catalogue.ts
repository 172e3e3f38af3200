import type { WireResponseOf } from '@/lib/tatodesk/contract/endpoints';

type CompanyWire = WireResponseOf<'listCompaniesByUser'>['data'][number];
type CategoryWire = WireResponseOf<'listCategories'>['data'][number];
type TypeWire = WireResponseOf<'listServiceTypes'>['data'][number];
type RegionWire = WireResponseOf<'listSchedulingRegions'>['data'][number];

/** A category as Tatodesk answers it, and the classification only the simulator keeps. */
export type SimCategory = { wire: CategoryWire; classificationID: number };
export type SimCustomLink = { token: string; companyIDs: number[]; categoryIDs: number[]; expired?: boolean };

export const companies: CompanyWire[] = [
  { ID: 101, name: 'Prefeitura Municipal de Campinas', document: '51885242000140', schedulingEnabled: true },
  { ID: 102, name: 'Detran Amazonas', document: '04312872000136', schedulingEnabled: true },
  { ID: 103, name: 'Clínica Popular Bem Viver', document: '12345678000195', schedulingEnabled: true },
  { ID: 104, name: 'Arquivo Público Municipal', document: '51885242000221', schedulingEnabled: false },
  // Agencies across the country: Rio Branco (UTC−5) and Fernando de Noronha (UTC−2), the zones
  // furthest either side of Brasília's.
  { ID: 105, name: 'INSS – Instituto Nacional do Seguro Social', document: '29979036000140', schedulingEnabled: true },
];

export const classifications = [
  { ID: 601, companyID: 101, name: 'Atendimento ao cidadão' },
  { ID: 602, companyID: 102, name: 'Serviços de trânsito' },
  { ID: 603, companyID: 103, name: 'Saúde' },
  { ID: 604, companyID: 104, name: 'Acervo' },
  { ID: 605, companyID: 105, name: 'Previdência' },
];

export const categories: SimCategory[] = [
  {
    wire: {
      ID: 201,
      companyID: 101,
      name: 'Documentos pessoais',
      description: 'Identidade, carteira de trabalho e outros documentos.',
    },
    classificationID: 601,
  },
  {
    wire: {
      ID: 202,
      companyID: 101,
      name: 'Tributos e taxas',
      description: 'IPTU, certidões e parcelamentos.',
    },
    classificationID: 601,
  },
  {
    wire: {
      ID: 203,
      companyID: 101,
      name: 'Assistência social',
      description: 'Cadastro Único e benefícios sociais.',
    },
    classificationID: 601,
  },
  {
    wire: {
      ID: 204,
      companyID: 102,
      name: 'Habilitação',
      description: 'Carteira Nacional de Habilitação (CNH).',
    },
    classificationID: 602,
  },
  {
    wire: {
      ID: 205,
      companyID: 102,
      name: 'Veículos',
      description: 'Transferência, vistoria e licenciamento.',
    },
    classificationID: 602,
  },
  {
    wire: {
      ID: 206,
      companyID: 103,
      name: 'Saúde',
      description: 'Consultas e vacinação.',
    },
    classificationID: 603,
  },
  {
    wire: {
      ID: 207,
      companyID: 104,
      name: 'Consulta ao acervo',
    },
    classificationID: 604,
  },
  {
    wire: {
      ID: 208,
      companyID: 105,
      name: 'Benefícios',
      description: 'Aposentadoria, pensão e auxílios.',
    },
    classificationID: 605,
  },
];

const proofOfAddress = 'Comprovante de residência emitido nos últimos 3 meses';

export const serviceTypes: TypeWire[] = [
  {
    ID: 301,
    categoryID: 201,
    name: 'Carteira de Identidade (1ª via)',
    durationMinutes: 30,
    description: 'Emissão da primeira Carteira de Identidade Nacional (CIN), com coleta de digitais e foto.',
    requiredDocuments: ['Certidão de nascimento ou casamento (original)', 'CPF', proofOfAddress],
  },
  {
    ID: 302,
    categoryID: 201,
    name: 'Carteira de Identidade (2ª via)',
    durationMinutes: 20,
    description: 'Nova via da identidade em caso de perda, roubo ou mudança de dados.',
    requiredDocuments: ['Certidão de nascimento ou casamento (original)', 'Boletim de ocorrência, em caso de roubo'],
  },
  {
    ID: 303,
    categoryID: 201,
    name: 'Carteira de Trabalho e orientação trabalhista',
    durationMinutes: 20,
    description: 'Ativação da Carteira de Trabalho Digital e orientação sobre direitos.',
    requiredDocuments: ['Documento de identidade com foto', 'CPF'],
  },
  {
    ID: 304,
    categoryID: 202,
    name: 'Parcelamento de IPTU',
    durationMinutes: 30,
    description: 'Negociação de débitos de IPTU em até 12 parcelas.',
    requiredDocuments: ['Documento de identidade com foto', 'Carnê do IPTU ou número da inscrição imobiliária'],
  },
  {
    ID: 305,
    categoryID: 202,
    name: 'Certidão negativa de débitos',
    durationMinutes: 15,
    description: 'Certidão de regularidade com os tributos municipais.',
    requiredDocuments: ['Documento de identidade com foto'],
  },
  {
    ID: 306,
    categoryID: 203,
    name: 'Cadastro Único (CadÚnico)',
    durationMinutes: 45,
    description: 'Inclusão ou atualização da família no Cadastro Único para programas sociais.',
    requiredDocuments: [
      'Documento com foto de todos da família',
      'CPF de todos da família',
      proofOfAddress,
      'Carteira de trabalho, se houver',
    ],
  },
  {
    ID: 307,
    categoryID: 204,
    name: 'Renovação da CNH',
    durationMinutes: 30,
    description: 'Renovação da Carteira Nacional de Habilitação com exame médico.',
    requiredDocuments: ['CNH atual', proofOfAddress],
  },
  {
    ID: 308,
    categoryID: 204,
    name: 'Primeira habilitação: abertura de processo',
    durationMinutes: 40,
    description: 'Abertura do processo para obter a primeira CNH.',
    requiredDocuments: ['Documento de identidade com foto', 'CPF', proofOfAddress],
  },
  {
    ID: 309,
    categoryID: 205,
    name: 'Transferência de propriedade de veículo',
    durationMinutes: 30,
    description: 'Transferência do veículo para o nome do novo proprietário.',
    requiredDocuments: ['CRV assinado e com firma reconhecida', 'Documento de identidade com foto', proofOfAddress],
  },
  {
    ID: 310,
    categoryID: 205,
    name: 'Vistoria veicular',
    durationMinutes: 20,
    description: 'Vistoria de identificação do veículo.',
    requiredDocuments: ['CRLV do veículo', 'Documento de identidade com foto'],
  },
  {
    ID: 311,
    categoryID: 206,
    name: 'Consulta de clínica geral',
    durationMinutes: 20,
    description: 'Consulta com médico clínico geral.',
    requiredDocuments: ['Documento de identidade com foto', 'Cartão Nacional de Saúde (CNS)'],
  },
  {
    ID: 312,
    categoryID: 206,
    name: 'Vacinação',
    durationMinutes: 10,
    description: 'Aplicação de vacinas do calendário nacional.',
    requiredDocuments: ['Caderneta de vacinação', 'Cartão Nacional de Saúde (CNS)'],
  },
  { ID: 313, categoryID: 207, name: 'Consulta presencial ao acervo', requiredDocuments: [] },
  {
    ID: 314,
    categoryID: 208,
    name: 'Atendimento presencial de benefícios',
    durationMinutes: 20,
    description: 'Orientação e entrega de documentos para aposentadoria, pensão e auxílios.',
    requiredDocuments: ['Documento de identidade com foto', 'CPF'],
  },
];

export const regions: (RegionWire & { companyID: number })[] = [
  { ID: 401, companyID: 101, name: 'Centro' },
  { ID: 402, companyID: 101, name: 'Região Norte' },
  { ID: 403, companyID: 101, name: 'Região Sudoeste' },
  { ID: 404, companyID: 102, name: 'Manaus' },
  { ID: 405, companyID: 102, name: 'Interior do Amazonas' },
  { ID: 406, companyID: 103, name: 'Cuiabá' },
  { ID: 407, companyID: 105, name: 'Acre' },
  { ID: 408, companyID: 105, name: 'Pernambuco' },
];

export const customLinks: SimCustomLink[] = [
  // One category only: the link lands straight on the service types.
  { token: 'documentos-campinas', companyIDs: [101], categoryIDs: [201] },
  // Several categories across two companies, as a joint campaign would send.
  { token: 'mutirao-cidadania', companyIDs: [101, 103], categoryIDs: [201, 203, 206] },
  { token: 'campanha-2025', companyIDs: [101], categoryIDs: [202], expired: true },
];
