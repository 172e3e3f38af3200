'use client';

import type { UseFormRegister } from 'react-hook-form';
import { useTranslations } from '@/components/i18n/intl-provider';
import { CheckboxField, RadioField, TextField } from '@/components/ui/fields';
import type { DetailsInput } from '@/lib/details/schema';

type Props = {
  register: UseFormRegister<DetailsInput>;
  values: DetailsInput;
  message: (name: string) => string | undefined;
  contactOptional?: boolean;
  /** The phone channels a message can go on (a template is set): each offered as a tick. */
  consent?: { whatsapp: boolean; sms: boolean };
  /** With JavaScript, the ticks show once a phone is typed; without, always (they count only with one). */
  phoneGiven?: boolean;
  /**
   * Who the appointment is for, as chosen now: with JavaScript, the responsible's fields show
   * only for someone else; without it (`undefined`), always, under a legend that says when.
   */
  forWhom?: 'me' | 'other';
};

/**
 * Who it is for, name, CPF, e-mail and mobile: what every booking asks, with the autocomplete a
 * phone fills in. For someone else: the attendee's name and CPF (or none yet, for a newborn) and
 * the responsible person's, who is the one reached.
 */
export function BaseFields({
  register,
  values,
  message,
  contactOptional = false,
  consent,
  phoneGiven = true,
  forWhom,
}: Props) {
  const t = useTranslations('booking');
  const commonT = useTranslations('common');
  const common = { errorPrefix: commonT('errorPrefix') };
  const ticks = consent && phoneGiven ? (['whatsapp', 'sms'] as const).filter((channel) => consent[channel]) : [];
  // The attendee's fields are worded for them once the page knows it is someone else.
  const other = forWhom === 'other';
  return (
    <>
      <RadioField
        {...common}
        id="forWhom"
        label={t('details.forWhom')}
        input={register('forWhom')}
        defaultValue={values.forWhom === 'other' ? 'other' : 'me'}
        error={message('forWhom')}
        options={[
          { value: 'me', label: t('details.forMe') },
          { value: 'other', label: t('details.forOther') },
        ]}
      />
      <TextField
        {...common}
        id="name"
        label={other ? t('details.attendeeName') : t('details.name')}
        input={register('name')}
        defaultValue={values.name}
        error={message('name')}
        // A parent's browser would fill in the parent's own name.
        autoComplete={other ? 'off' : 'name'}
      />
      <TextField
        {...common}
        id="cpf"
        label={other ? t('details.attendeeCpf') : t('details.cpf')}
        hint={t('details.cpfHint')}
        input={register('cpf')}
        defaultValue={values.cpf}
        error={message('cpf')}
        inputMode="numeric"
        autoComplete="off"
        width="max-w-[16ch]"
      />
      {forWhom !== 'me' && (
        <fieldset className="mb-6 border-l-4 border-brand pl-4">
          <legend className="label">{other ? t('details.otherLegend') : t('details.otherLegendAlways')}</legend>
          <CheckboxField
            {...common}
            id="noCpf"
            label={t('details.noCpf')}
            hint={t('details.noCpfHint')}
            input={register('noCpf')}
            defaultValue={values.noCpf}
            error={message('noCpf')}
          />
          <TextField
            {...common}
            id="guardianName"
            label={t('details.guardianName')}
            hint={t('details.guardianNameHint')}
            input={register('guardianName')}
            defaultValue={values.guardianName}
            error={message('guardianName')}
            autoComplete="name"
          />
          <TextField
            {...common}
            id="guardianCpf"
            label={t('details.guardianCpf')}
            hint={t('details.guardianCpfHint')}
            input={register('guardianCpf')}
            defaultValue={values.guardianCpf}
            error={message('guardianCpf')}
            inputMode="numeric"
            autoComplete="off"
            width="max-w-[16ch]"
          />
        </fieldset>
      )}
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
