import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { PageAudit } from './audit';
import { SCREENSHOT_DIR } from './e2e-env';

export interface SheetEntry {
  file: string;
  role: string;
  page: string;
  width: number;
  font: string;
  audit: PageAudit;
}

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);

/** test/e2e/screenshots/index.html: every page the tour passed, with its audit figures, at a glance. */
export const writeContactSheet = (entries: SheetEntry[]): string => {
  const cards = entries
    .map((e) => {
      const a = e.audit;
      const bad = a.axeSerious.length + a.smallTargets.length + a.smallPrimary.length > 0 || a.horizontalScroll;
      return `<figure class="${bad ? 'bad' : ''}"><a href="${esc(e.file)}"><img loading="lazy" src="${esc(e.file)}" width="${Math.round(e.width / 2)}"></a>
<figcaption><b>${esc(e.role)} · ${esc(e.page)}</b><br>${e.width}px · ${esc(e.font)}<br>正文 ${a.bodyFontPx}px · 最小字 ${a.minTextPx}px · 行高 ${a.minLineHeight}<br>最小点按 ${a.minTargetPx}px · 最矮主按钮 ${a.minPrimaryPx || '–'}px<br>
axe 严重: ${a.axeSerious.length ? esc(a.axeSerious.join(', ')) : '无'}<br>小于44px: ${a.smallTargets.length ? esc(a.smallTargets.join(' ')) : '无'}<br>
主按钮<60px: ${a.smallPrimary.length || '无'} · 横向滚动: ${a.horizontalScroll ? '有' : '无'} · 返回路径: ${a.wayBack ? '有' : '无'}</figcaption></figure>`;
    })
    .join('\n');
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>银铃e家 页面总览</title>
<style>body{font:14px/1.4 system-ui,sans-serif;margin:16px}main{display:flex;flex-wrap:wrap;gap:12px;align-items:flex-start}
figure{margin:0;padding:8px;border:1px solid #ccc;width:200px}figure.bad{border:3px solid #c00}img{display:block;border:1px solid #eee;max-width:100%}</style></head>
<body><h1>页面总览（${entries.length} 张）</h1><p>每张截图下是这一页的自动检查结果；红框表示有问题。全部数字见 <a href="audit.md">audit.md</a> / <a href="audit.json">audit.json</a>。</p><main>${cards}</main></body></html>`;
  const file = path.join(SCREENSHOT_DIR, 'index.html');
  writeFileSync(file, html);
  return file;
};
