import type { TabKey } from '../../features/navigation/routes';

/** H5 and tests: the tab bar is rendered by the page itself, so nothing to sync. See .weapp.ts. */
export function useTabSelected(_key: TabKey): void {
  // nothing to do
}
