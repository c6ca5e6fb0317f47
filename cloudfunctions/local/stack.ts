import tcb from '@cloudbase/node-sdk';
import type { Database } from '../platform/database';
import { pointSdkAtEmulator, startEmulator, type Emulator } from './emulator';
import { applyLocalFunctionConfig } from './function-config';
import { ensureCustomLoginKey } from './desk-login-key';
import { startGateway, type Gateway } from './gateway/server';
import { seedDemoCounty } from './seed/seed';

export const LOCAL_ENV_ID = 'yinling-local';

export interface LocalStack {
  emulator: Emulator;
  gateway: Gateway;
  seeded: boolean;
  close(): Promise<void>;
}

/**
 * The whole local cloud in one process: the emulator (database, storage, open API), the SDK pointed
 * at it by environment, the demo county on first start, and the gateway serving API and H5.
 */
export const startLocalStack = async (options: {
  dataDir: string;
  port: number;
  h5Dir: string;
  strictIndexes?: boolean;
  seed?: boolean;
}): Promise<LocalStack> => {
  // One environment id for the emulator and the SDK, as in CloudBase: fileIDs carry it and functions check it.
  const emulator = await startEmulator({ dataDir: options.dataDir, port: 0, strictIndexes: options.strictIndexes, envId: LOCAL_ENV_ID });
  pointSdkAtEmulator(emulator.url, LOCAL_ENV_ID);
  applyLocalFunctionConfig();
  const customLogin = ensureCustomLoginKey(LOCAL_ENV_ID);
  const db: Database = tcb.init({ env: tcb.SYMBOL_CURRENT_ENV }).database();
  const seeded = options.seed === false ? false : await seedDemoCounty(db, new Date());
  const gateway = await startGateway({ port: options.port, h5Dir: options.h5Dir, customLogin });
  return {
    emulator,
    gateway,
    seeded,
    close: async () => {
      await gateway.close();
      await emulator.close();
    },
  };
};
