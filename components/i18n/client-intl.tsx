import type { AbstractIntlMessages } from 'next-intl';
import { getLocale, getMessages, getTimeZone } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { ClientMessages } from './intl-provider';
import { IntlProvider } from './intl-provider';

/**
 * Messages for the client components inside, and only the namespaces they use (dot paths, e.g.
 * `booking.time`): a page whose client code speaks no words ships neither the messages nor the
 * formatting runtime, and no page ships the whole catalogue of both areas.
 */
export async function ClientIntl({ namespaces, children }: { namespaces: string[]; children: ReactNode }) {
  // A client provider is given what the server one would read from the request by itself.
  const [locale, timeZone, messages] = await Promise.all([getLocale(), getTimeZone(), getMessages()]);
  return (
    <IntlProvider locale={locale} timeZone={timeZone} messages={pick(messages, namespaces) as ClientMessages}>
      {children}
    </IntlProvider>
  );
}

function pick(messages: AbstractIntlMessages, paths: string[]): AbstractIntlMessages {
  const picked: AbstractIntlMessages = {};
  for (const path of paths) {
    const keys = path.split('.');
    let from: AbstractIntlMessages | string | undefined = messages;
    let into = picked;
    keys.forEach((key, i) => {
      from = typeof from === 'object' ? from[key] : undefined;
      if (from === undefined) throw new Error(`no messages at ${path}`);
      if (i === keys.length - 1) into[key] = from;
      else into = (into[key] ??= {}) as AbstractIntlMessages;
    });
  }
  return picked;
}
