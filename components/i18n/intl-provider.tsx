'use client';

import {
  IntlErrorCode,
  NextIntlClientProvider,
  type AbstractIntlMessages,
  type IntlError,
  type Locale,
} from 'next-intl';
import type { ReactNode } from 'react';
import { missingMessage } from '@/lib/i18n/missing';

/** A missing message is marked on the page (the tests look for it); other errors are reported. */
function onError(error: IntlError) {
  if (error.code !== IntlErrorCode.MISSING_MESSAGE) console.error(error);
}

/** next-intl's provider for client components, with the product's handling of a missing message. */
export function IntlProvider({
  locale,
  timeZone,
  messages,
  children,
}: {
  locale: Locale;
  timeZone: string;
  messages: AbstractIntlMessages;
  children: ReactNode;
}) {
  return (
    <NextIntlClientProvider
      locale={locale}
      timeZone={timeZone}
      messages={messages}
      getMessageFallback={missingMessage}
      onError={onError}
    >
      {children}
    </NextIntlClientProvider>
  );
}
