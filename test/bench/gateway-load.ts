import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import tcb from '@cloudbase/node-sdk';
import { COLLECTIONS } from '../../cloudfunctions/contract/collections';
import { startLocalStack } from '../../cloudfunctions/local/stack';
import { checked, type Database } from '../../cloudfunctions/platform/database';
import { validProfile } from '../support/profiles';

export interface LoadFigure {
  action: string;
  requests: number;
  errors: number;
  rps: number;
  p50Ms: number;
  p99Ms: number;
}

const CALLERS = 600;

/** Members to call as, so no single caller meets its rate limit during the run. */
const addCallers = async (db: Database) => {
  const branch = (await db.collection(COLLECTIONS.branches).orderBy('order', 'asc').limit(1).get()).data[0];
  const now = new Date();
  for (let i = 0; i < CALLERS; i += 50) {
    await Promise.all(
      Array.from({ length: 50 }, (_, j) =>
        db.collection(COLLECTIONS.members).add({
          ...validProfile(branch._id, { name: `压测${i + j}` }), openid: `load-${i + j}`, branchName: branch.name,
          roles: ['member'], createdAt: now, updatedAt: now,
        }).then(checked),
      ),
    );
  }
};

/** Runs the load client as a second process; the gateway keeps serving in this one meanwhile. */
const runClient = (config: object): Promise<Omit<LoadFigure, 'action'>> =>
  new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', path.join(__dirname, 'load-client.ts'), JSON.stringify(config)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`load client exited with ${code}`));
      resolve(JSON.parse(out.trim().split('\n').at(-1) as string));
    });
  });

/** The local gateway under concurrent load from a second process on loopback: a read and a write. */
export const measureGateway = async (connections: number, seconds: number): Promise<LoadFigure[]> => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'yinling-load-'));
  const stack = await startLocalStack({ dataDir, port: 0, h5Dir: path.join(dataDir, 'none') });
  try {
    await addCallers(tcb.init({ env: tcb.SYMBOL_CURRENT_ENV }).database());
    const openids = Array.from({ length: CALLERS }, (_, i) => `load-${i}`);
    const runs = [
      { fn: 'members', action: 'members.me', input: {} },
      { fn: 'members', action: 'members.updateProfile', input: { formerUnit: '县财政局' } },
    ];
    const figures: LoadFigure[] = [];
    for (const run of runs) {
      figures.push({ action: run.action, ...(await runClient({ url: stack.gateway.url, ...run, openids, connections, seconds })) });
    }
    return figures;
  } finally {
    await stack.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
};
