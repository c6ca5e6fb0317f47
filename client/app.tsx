import type { PropsWithChildren } from 'react';
import { initBackend } from './api/init';
import { makePagesFocusable } from './features/a11y/page-focus';
import './app.scss';

// weapp: Taro.cloud.init; H5: nothing (platform-split file).
initBackend();
// H5: scrolling pages reachable by keyboard (platform-split file; nothing in the mini-program).
makePagesFocusable();

/** The app shell. The launch flow (members.me → where to go) lives in pages/launch. */
function App({ children }: PropsWithChildren) {
  return children;
}

export default App;
