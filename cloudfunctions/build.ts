/**
 * npm run build:functions — bundles each deployed function into dist/functions/<name>/ as CloudBase
 * expects it: index.js (everything bundled but the SDK, which CloudBase installs from package.json),
 * package.json and config.json (the open-API permissions the function needs).
 * It refuses to produce a bundle that pulls in local-only code (cloudfunctions/local).
 */
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build, type Plugin } from 'esbuild';
import { FUNCTIONS } from './contract/define';

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'dist', 'functions');
const SDK_VERSION = (require('@cloudbase/node-sdk/package.json') as { version: string }).version;

/**
 * Open APIs each function calls as 云调用; WeChat refuses (-604101) calls not declared here. Every function
 * may send subscribe messages: members sends the pushes a timer run kept, lessons tells authors and secretaries.
 */
const OPENAPI: Record<string, string[]> = {
  members: ['subscribeMessage.send'],
  lessons: ['security.msgSecCheck', 'security.mediaCheckAsync', 'subscribeMessage.send'],
  ideas: ['security.msgSecCheck', 'security.mediaCheckAsync', 'subscribeMessage.send'],
  volunteers: ['security.msgSecCheck', 'subscribeMessage.send'],
  jobs: ['subscribeMessage.send'],
};

export interface TriggerSpec {
  name: string;
  type: 'timer';
  /** CloudBase's 7-field cron: second minute hour day month weekday year. */
  config: string;
}

/**
 * Timer triggers, declared once: written to each function's config.json here (read by WeChat DevTools)
 * and to cloudbaserc.json by deploy (read by the CloudBase CLI). Every hour the jobs function flags overdue
 * 金点子 (督办) and runs the 送学上门 job (features/jobs/timer.ts).
 */
export const TRIGGERS: Record<string, TriggerSpec[]> = {
  jobs: [{ name: 'overdue', type: 'timer', config: '0 0 * * * * *' }],
};

/**
 * zod's namespace re-exports every locale (~260 KB minified) and esbuild cannot drop the unused ones
 * from a namespace object; the contract words its messages itself (contract/zod-messages.ts), so the
 * locale index is replaced by an empty module.
 */
const zodOneLocale: Plugin = {
  name: 'zod-one-locale',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      args.importer.includes(`${path.sep}zod${path.sep}`) ? { path: 'zod-locales', namespace: 'zod-one-locale' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'zod-one-locale' }, () => ({
      contents: 'export {};',
      resolveDir: ROOT,
    }));
  },
};

export interface BuiltFunction {
  name: string;
  bytes: number;
  inputs: string[];
}

export const buildFunctions = async (): Promise<BuiltFunction[]> => {
  const built: BuiltFunction[] = [];
  for (const name of FUNCTIONS) {
    const entry = path.join(ROOT, 'cloudfunctions', 'functions', name, 'index.ts');
    if (!existsSync(entry)) continue; // a name in FUNCTIONS without its entry yet is not built
    const dir = path.join(OUT, name);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const result = await build({
      entryPoints: [entry],
      outfile: path.join(dir, 'index.js'),
      bundle: true,
      platform: 'node',
      target: 'node16', // CloudBase's oldest supported Node runtime
      format: 'cjs',
      minify: true,
      sourcemap: false,
      external: ['@cloudbase/node-sdk'],
      metafile: true,
      logLevel: 'warning',
      plugins: [zodOneLocale],
    });
    const inputs = Object.keys(result.metafile.inputs);
    const local = inputs.filter((file) => file.includes('cloudfunctions/local/'));
    if (local.length > 0) throw new Error(`${name} bundle contains local-only code: ${local.join(', ')}`);
    writeFileSync(
      path.join(dir, 'package.json'),
      `${JSON.stringify({ name, version: '1.0.0', main: 'index.js', private: true, dependencies: { '@cloudbase/node-sdk': SDK_VERSION } }, null, 2)}\n`,
    );
    writeFileSync(
      path.join(dir, 'config.json'),
      `${JSON.stringify({ permissions: { openapi: OPENAPI[name] ?? [] }, ...(TRIGGERS[name] ? { triggers: TRIGGERS[name] } : {}) }, null, 2)}\n`,
    );
    built.push({ name, bytes: statSync(path.join(dir, 'index.js')).size, inputs });
  }
  return built;
};

if (require.main === module) {
  buildFunctions()
    .then((built) => {
      for (const fn of built) console.log(`dist/functions/${fn.name}/index.js  ${(fn.bytes / 1024).toFixed(1)} KB`);
    })
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
