/**
 * The simulator account's survey form: how a public service asks for its users' satisfaction
 * (Lei 13.460/2017, art. 23), a scale of five, a choice and free words.
 */
export const surveyForms = [
  {
    ID: 1,
    name: 'Pesquisa de satisfação do atendimento',
    description: 'Sua opinião ajuda a melhorar o atendimento. Leva menos de um minuto.',
    scaleType: 'numeric',
    scale: { min: 1, max: 5, minLabel: 'Muito insatisfeito', maxLabel: 'Muito satisfeito' },
    questions: [
      { ID: 11, title: 'Como você avalia o atendimento que recebeu?', type: 'scale' as const, required: true },
      {
        ID: 12,
        title: 'Seu problema foi resolvido?',
        type: 'choice' as const,
        required: true,
        options: [
          { ID: 1, label: 'Sim' },
          { ID: 2, label: 'Em parte' },
          { ID: 3, label: 'Não' },
        ],
      },
      { ID: 13, title: 'Quer contar algo mais?', type: 'text' as const, required: false },
    ],
  },
];
