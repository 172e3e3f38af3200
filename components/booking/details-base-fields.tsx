'use client';

import { useTranslations } from 'next-intl';
import type { UseFormRegister } from 'react-hook-form';
import { CheckboxField, TextField } from '@/components/ui/fields';
import type { DetailsInput } from '@/lib/booking/details-schema';

type Props = {
  register: UseFormRegister<DetailsInput>;
  values: DetailsInput;
  message: (name: string) => string | undefined;
  contactOptional?: boolean;
  /** The phone channels a message can go on (a template is set): each offered as a tick. */
  consent?: { whatsapp: boolean; sms: boolean };
  /** With JavaScript, the ticks show once a phone is typed; without, always (they count only with one). */
  phoneGiven?: boolean;
};

/** Name, CPF, e-mail and mobile: what every booking asks, with the autocomplete a phone fills in. */
export function BaseFields({ register, values, message, contactOptional = false, consent, phoneGiven = true }: Props) {
  const t = useTranslations('booking');
  const commonT = useTranslations('common');
  const common = { errorPrefix: commonT('errorPrefix') };
  const ticks = consent && phoneGiven ? (['whatsapp', 'sms'] as const).filter((channel) => consent[channel]) : [];
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
      {!contactOptional && <p className="mb-4">{t('details.contactLead')}</p>}
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
      {ticks.length > 0 && (
        <fieldset className="mb-6" aria-describedby="consent-hint">
          <legend className="label">{t('details.consentLegend')}</legend>
          <p id="consent-hint" className="mb-3 text-secondary">
            {t('details.consentHint')}
          </p>
          {ticks.map((channel) => (
            <CheckboxField
              key={channel}
              {...common}
              id={channel}
              label={t(`details.${channel}`)}
              input={register(channel)}
              defaultValue={values[channel]}
              error={message(channel)}
            />
          ))}
        </fieldset>
      )}
    </>
  );
}
