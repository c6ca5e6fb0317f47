import { useEffect } from 'react';
import { ROOT_PX, useFontScale } from './store';

/**
 * H5: set <html> font-size as a percentage of the browser default (16px), so 1rem = 18px at
 * 标准 and the browser's own font setting still scales everything.
 */
export function RootFont(_props: { title: string }) {
  const scale = useFontScale();
  useEffect(() => {
    document.documentElement.style.fontSize = `${(ROOT_PX[scale] / 16) * 100}%`;
  }, [scale]);
  return null;
}
