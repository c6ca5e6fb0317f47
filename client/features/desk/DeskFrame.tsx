import type { ReactNode } from 'react';

/**
 * The desk frame (电脑上办公) exists only in the H5 build (DeskFrame.h5.tsx); in the mini-program a page's
 * content is all there is. This suffix-less file is what the weapp build and the type checker see.
 */
export function DeskFrame({ children }: { title: string; children: ReactNode }) {
  return <>{children}</>;
}
