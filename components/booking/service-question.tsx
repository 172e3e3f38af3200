'use client';

import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslations } from '@/components/i18n/intl-provider';
import { CheckboxField, RadioField, SelectField, TextArea, TextField } from '@/components/ui/fields';
import type { FormField } from '@/lib/tatodesk/types';

type Props = { field: FormField; input: UseFormRegisterReturn; defaultValue?: string; error?: string };

/** One of the service's own questions (List Form Fields), rendered by its type. */
export function ServiceQuestion({ field, input, defaultValue, error }: Props) {
  const t = useTranslations('booking');
  const commonT = useTranslations('common');
  const id = input.name;
  // Some services already write "(opcional)" into the label: it is said once.
  const saysOptional = /\((opcional|optional)\)\s*$/i.test(field.label);
  const label =
    field.required || field.type === 'checkbox' || saysOptional ? field.label : `${field.label} ${commonT('optional')}`;
  const common = { id, label, hint: field.hint, error, errorPrefix: commonT('errorPrefix'), defaultValue, input };
  switch (field.type) {
    case 'textarea':
      return <TextArea {...common} />;
    case 'select':
      return <SelectField {...common} options={field.options ?? []} placeholder={t('details.choose')} />;
    case 'radio':
      return <RadioField {...common} options={field.options ?? []} />;
    case 'checkbox':
      return <CheckboxField {...common} />;
    case 'number':
      return <TextField {...common} inputMode="numeric" width="max-w-[10ch]" />;
    case 'date':
      return <TextField {...common} type="date" width="max-w-[20ch]" />;
    case 'email':
      return <TextField {...common} type="email" autoComplete="off" />;
    case 'phone':
      return <TextField {...common} type="tel" autoComplete="off" width="max-w-[20ch]" />;
    default:
      return <TextField {...common} />;
  }
}
