import type { PropsWithChildren } from 'react';
import { initBackend } from './api/init';
import './app.scss';

// weapp: Taro.cloud.init; H5: nothing (platform-split file).
initBackend();

/** The app shell. The launch flow (members.me → where to go) lives in pages/launch. */
function App({ children }: PropsWithChildren) {
  return children;
}

export default App;
