import { Image } from '@tarojs/components';
import { generate } from 'lean-qr';
import { useMemo } from 'react';
import { DESK_QR_PREFIX } from '@contract/desk-words';

/** The login code as a QR code (lean-qr, drawn into a PNG data URL), big enough to scan from a chair; on white, not lean-qr's transparent default, which a camera (or jsqr) reads as dark. */
export function DeskQr({ code }: { code: string }) {
  const src = useMemo(() => (code ? generate(`${DESK_QR_PREFIX}${code}`).toDataURL({ scale: 10, pad: 4, on: [0, 0, 0, 255], off: [255, 255, 255, 255] }) : ''), [code]);
  if (!src) return null;
  return <Image id='desk-qr' className='desk-qr' src={src} mode='aspectFit' ariaLabel='登录二维码' />;
}
