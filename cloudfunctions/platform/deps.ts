import type { Clock } from './clock';
import type { ContentSafety } from './content-safety';
import type { Database } from './database';
import type { Files } from './files';
import type { Logger } from './logger';
import type { Notifier } from './notifier';

/**
 * Everything a use case may touch outside itself. The CloudBase adapter builds these from the SDK;
 * tests build the same from the SDK pointed at the local emulator, plus a fixed clock.
 */
export interface Deps {
  db: Database;
  clock: Clock;
  /** OPENID of the caller, read from the platform context CloudBase passes to main(). */
  identify(context: unknown): string | null;
  /** Openids that are admins by deployment configuration (ADMIN_OPENIDS), not by any client call. */
  adminOpenids: ReadonlySet<string>;
  contentSafety: ContentSafety;
  notifier: Notifier;
  files: Files;
  log: Logger;
}

export const parseOpenidList = (value: string | undefined): Set<string> =>
  new Set((value ?? '').split(/[\s,]+/).filter(Boolean));
