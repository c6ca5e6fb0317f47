import { useEffect, useState } from 'react';
import { deskSession } from '../../api/desk-session';
import type { DeskView } from './use-desk';
import { DESK_MIN_WIDTH } from './desk-width';

export { DESK_MIN_WIDTH };

/** H5: a signed-in desk (the browser's desk marker) and the window's width, followed as it is resized. */
export function useDesk(): DeskView {
  const [width, setWidth] = useState(() => window.innerWidth);
  useEffect(() => {
    const follow = () => setWidth(window.innerWidth);
    window.addEventListener('resize', follow);
    return () => window.removeEventListener('resize', follow);
  }, []);
  const desk = deskSession() !== null;
  return { desk, wide: desk && width >= DESK_MIN_WIDTH };
}
