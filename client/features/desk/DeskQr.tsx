import { Image } from '@tarojs/components';
import { generate } from 'lean-qr';
import { useMemo } from 'react';
import { DESK_QR_PREFIX } from '@contract/desk-words';

/** The login code as a QR code (lean-qr, drawn into a PNG data URL), big enough to scan from a chair. */
export function DeskQr({ code }: { code: string }) {
  const src = useMemo(() => (code ? generate(`${DESK_QR_PREFIX}${code}`).toDataURL({ scale: 10, pad: 4 }) : ''), [code]);
  if (!src) return null;
  return <Image id='desk-qr' className='desk-qr' src={src} mode='aspectFit' ariaLabel='登录二维码' />;
}
