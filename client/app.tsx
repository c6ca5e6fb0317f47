import type { PropsWithChildren } from 'react';
import { initBackend } from './api/init';
import { makePagesFocusable } from './features/a11y/page-focus';
import { loadMe } from './features/session/store';
import { startLessonEarly } from './features/study/lesson-early';
import './app.scss';

// weapp: Taro.cloud.init; H5: nothing (platform-split file).
initBackend();
// H5: scrolling pages reachable by keyboard (platform-split file; nothing in the mini-program).
makePagesFocusable();
// Who is calling, asked while the first page's code is still downloading: every page waits for it, and
// on a slow network that is a round trip saved. Pages share this one request (store.ts).
void loadMe();
// Opened straight on a lesson: the lesson is asked beside members.me (lesson-early.ts).
startLessonEarly();

/** The app shell. The launch flow (members.me → where to go) lives in pages/launch. */
function App({ children }: PropsWithChildren) {
  return children;
}

export default App;
