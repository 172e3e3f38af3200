import { getTranslations } from 'next-intl/server';
import QRCode from 'qrcode';
import { staffAppointmentUrl } from '@/lib/http/public-url';

/**
 * The receipt's QR code, drawn on the server as SVG (no script, prints sharply): the address of
 * the appointment's staff page, so that the counter scans it at arrival and lands on it (after
 * signing in); anyone else who scans it meets the staff sign-in page. It carries the protocol only.
 */
export async function ProtocolQr({ protocol }: { protocol: string }) {
  const t = await getTranslations('appointment');
  const svg = await QRCode.toString(await staffAppointmentUrl(protocol), {
    type: 'svg',
    margin: 1,
    errorCorrectionLevel: 'M',
  });
  return (
    <div
      role="img"
      aria-label={t('qr', { protocol })}
      className="size-32 bg-white p-1 print:size-28 [&>svg]:size-full"
      dangerouslySetInnerHTML={{ __html: svg }}
    />
  );
}
