'use client';

import { useTranslations } from 'next-intl';
import type { UseFormRegister } from 'react-hook-form';
import { TextField } from '@/components/ui/fields';
import type { DetailsInput } from '@/lib/booking/details-schema';

type Props = {
  register: UseFormRegister<DetailsInput>;
  values: DetailsInput;
  message: (name: string) => string | undefined;
  contactOptional?: boolean;
};

/** Name, CPF, e-mail and mobile: what every booking asks, with the autocomplete a phone fills in. */
export function BaseFields({ register, values, message, contactOptional = false }: Props) {
  const t = useTranslations('booking');
  const commonT = useTranslations('common');
  const common = { errorPrefix: commonT('errorPrefix') };
  return (
    <>
      <TextField
        {...common}
        id="name"
        label={t('details.name')}
        input={register('name')}
        defaultValue={values.name}
        error={message('name')}
        autoComplete="name"
      />
      <TextField
        {...common}
        id="cpf"
        label={t('details.cpf')}
        hint={t('details.cpfHint')}
        input={register('cpf')}
        defaultValue={values.cpf}
        error={message('cpf')}
        inputMode="numeric"
        autoComplete="off"
        width="max-w-[16ch]"
      />
      <TextField
        {...common}
        id="email"
        type="email"
        label={contactOptional ? t('details.emailOptional') : t('details.email')}
        hint={t('details.emailHint')}
        input={register('email')}
        defaultValue={values.email}
        error={message('email')}
        autoComplete="email"
      />
      <TextField
        {...common}
        id="phone"
        type="tel"
        label={contactOptional ? t('details.phoneOptional') : t('details.phone')}
        hint={t('details.phoneHint')}
        input={register('phone')}
        defaultValue={values.phone}
        error={message('phone')}
        autoComplete="tel-national"
        width="max-w-[20ch]"
      />
    </>
  );
}
