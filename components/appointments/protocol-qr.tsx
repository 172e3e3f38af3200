import { getTranslations } from 'next-intl/server';
import QRCode from 'qrcode';

/** The protocol as a QR code, drawn on the server as SVG: no script, prints sharply. */
export async function ProtocolQr({ protocol }: { protocol: string }) {
  const t = await getTranslations('appointment');
  const svg = await QRCode.toString(protocol, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  return (
    <div
      role="img"
      aria-label={t('qr', { protocol })}
      className="size-32 bg-white p-1 print:size-28 [&>svg]:size-full"
      dangerouslySetInnerHTML={{ __html: svg }}
    />
  );
}
