import { existsSync } from 'node:fs';
import path from 'node:path';
import { scanMainBytes, wechatScan } from '../bench/wechat-scan';

/**
 * WeChat's own code-quality scan on the dist/weapp that `npm test` builds first. Every item must pass:
 * JS, WXML and WXSS compression on (project.config.json), lazy code loading, package sizes, no
 * main-package JS or components only subpackages use, no unused plugins, components or files, images
 * and audio under 200 KB.
 */
const ROOT = path.resolve(__dirname, '../../');

describe('WeChat code-quality scan of the weapp build', () => {
  it('passes every item', () => {
    expect(existsSync(path.join(ROOT, 'dist/weapp/app.json'))).toBe(true);
    const items = wechatScan(ROOT);
    console.log(`WeChat scan: ${items.map((i) => `${i.name} ${i.success ? 'ok' : 'FAIL'}`).join(', ')}; main package ${scanMainBytes(items)} bytes`);
    expect(items.filter((i) => !i.success).map((i) => `${i.name}: ${i.text}`)).toEqual([]);
    expect(items.length).toBeGreaterThanOrEqual(10);
  }, 180_000);
});
