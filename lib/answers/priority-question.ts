import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { FormField } from '@/lib/tatodesk';
import { PRIORITY_KEY } from './priority';

/**
 * Priority service by law (Lei 10.048/2000, as amended by Lei 14.626/2023; 80+ first, Lei
 * 13.466/2017): one plain, optional question, never a proof online (the unit may ask for it at the
 * counter), sent as an answer to Tatodesk, where the receipt and the staff views read it.
 */
export { hasPriority, PRIORITY_KEY } from './priority';

/** The service's questions, and the priority question after them (unless the service asks it itself). */
export async function withPriorityQuestion(fields: FormField[]): Promise<FormField[]> {
  if (fields.some((f) => f.key === PRIORITY_KEY)) return fields;
  const t = await getTranslations('priority');
  return [
    ...fields,
    {
      id: 0,
      key: PRIORITY_KEY,
      label: t('question'),
      hint: t('groups'),
      type: 'radio',
      required: false,
      options: [
        { value: 'true', label: t('yes') },
        { value: 'false', label: t('no') },
      ],
    },
  ];
}
