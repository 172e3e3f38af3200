import { messageKinds, templateSetting, type MessageKind, type Settings } from './schema';

/** A kind of message's template per channel; unset, none (the simulator's demonstration has them all). */
export type Templates = { email?: string; whatsapp?: string; sms?: string };

/**
 * The templates of one kind of message by channel (NOTIFY_[KIND_]EMAIL_TEMPLATE[_EN]…, lib/env/schema.ts);
 * the demonstration sends every notification through the simulator, so that it can show them.
 */
export function templatesOf(e: Settings, kind: MessageKind, suffix: '' | '_EN', simulated: boolean): Templates {
  const set = e as unknown as Record<string, string | undefined>;
  const demo = simulated ? `${messageKinds[kind].demo}${suffix ? '-en' : ''}` : undefined;
  const pick = (channel: 'EMAIL' | 'WHATSAPP' | 'SMS') => set[templateSetting(kind, channel, suffix)] ?? demo;
  return { email: pick('EMAIL'), whatsapp: pick('WHATSAPP'), sms: pick('SMS') };
}
