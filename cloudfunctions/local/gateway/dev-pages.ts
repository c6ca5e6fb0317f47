import { z } from '../../contract/zod';
import { ACTIONS, actionNames } from '../../contract/registry';
import { escapeHtml } from './http-util';

/** GET /dev/actions: every action of the contract, for whoever works on the app. */
export const describeActions = () =>
  actionNames.map((name) => {
    const def = ACTIONS[name];
    return {
      function: def.fn,
      action: name,
      summary: def.summary,
      access: def.access,
      write: def.write,
      audited: def.audited,
      errors: def.errors,
      rateLimit: def.rateLimit,
      input: z.toJSONSchema(def.input, { io: 'input', unrepresentable: 'any' }),
    };
  });

export const actionsPage = (): string => {
  const rows = describeActions()
    .map(
      (a) => `<tr><td>${a.function}</td><td><code>${a.action}</code></td><td>${escapeHtml(a.summary)}</td>
      <td>${Array.isArray(a.access) ? a.access.join(', ') : a.access}</td><td>${a.write ? '写' : '读'}${a.audited ? ' · 审计' : ''}</td>
      <td><details><summary>input</summary><pre>${escapeHtml(JSON.stringify(a.input, null, 2))}</pre></details></td></tr>`,
    )
    .join('');
  return page('接口一览 (API explorer)', `<p>POST <code>/api/&lt;function&gt;</code> with <code>{ action, input, requestId }</code>; identity from the sign-in cookie or an <code>x-dev-openid</code> header.</p>
<table><tr><th>function</th><th>action</th><th>summary</th><th>roles</th><th>kind</th><th>input</th></tr>${rows}</table>`);
};

export interface OutboxRow {
  touser: string;
  templateId: string;
  page?: string;
  data: Record<string, { value: string }>;
  createdAt: Date | string;
}

export const outboxPage = (rows: OutboxRow[]): string => {
  const items = rows
    .map(
      (m) => `<tr><td>${escapeHtml(new Date(m.createdAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' }))}</td>
      <td>${escapeHtml(m.touser)}</td><td>${escapeHtml(m.templateId)}</td><td>${escapeHtml(m.page ?? '')}</td>
      <td>${Object.entries(m.data ?? {}).map(([k, v]) => `${escapeHtml(k)}: ${escapeHtml(String(v?.value ?? ''))}`).join('<br>')}</td></tr>`,
    )
    .join('');
  return page('本地消息发件箱 (outbox)', rows.length
    ? `<table><tr><th>时间</th><th>接收人 openid</th><th>模板</th><th>页面</th><th>内容</th></tr>${items}</table>`
    : '<p>还没有发出任何订阅消息。</p>');
};

const page = (title: string, body: string) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>${title}</title>
<style>body{font:18px/1.5 system-ui,sans-serif;margin:24px;color:#1a1a1a}table{border-collapse:collapse;width:100%}
td,th{border:1px solid #ccc;padding:6px 8px;vertical-align:top;text-align:left}pre{font-size:13px;white-space:pre-wrap}</style>
</head><body><h1>${title}</h1>${body}</body></html>`;
