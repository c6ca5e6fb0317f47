import { TEMPLATES, type TemplateKey } from '@contract/templates';
import type { Choice, RequestSubscribe } from './subscribe-types';
import './subscribe-sheet.scss';

/**
 * H5 (local only): a stand-in for WeChat's subscription sheet. Like WeChat it only opens from a tap
 * (the browser's user activation) and shows at most three templates; 允许 is recorded in the emulator
 * through the gateway (/dev/subscribe), which is what lets one subscribe message through.
 */
const sheet = (titles: string[]): Promise<boolean> =>
  new Promise((resolve) => {
    const shade = document.createElement('div');
    shade.className = 'wx-subscribe-sheet';
    shade.setAttribute('role', 'dialog');
    shade.setAttribute('aria-label', '订阅消息');
    const box = document.createElement('div');
    box.className = 'wx-subscribe-sheet__box';
    const head = document.createElement('p');
    head.className = 'wx-subscribe-sheet__head';
    head.textContent = '“银铃e家”申请发送以下消息：';
    box.appendChild(head);
    for (const title of titles) {
      const line = document.createElement('p');
      line.className = 'wx-subscribe-sheet__item';
      line.textContent = `· ${title}`;
      box.appendChild(line);
    }
    const row = document.createElement('div');
    row.className = 'wx-subscribe-sheet__row';
    const button = (label: string, id: string, answer: boolean) => {
      const b = document.createElement('button');
      b.id = id;
      b.textContent = label;
      b.onclick = () => {
        shade.remove();
        resolve(answer);
      };
      row.appendChild(b);
    };
    button('取消', 'wx-subscribe-reject', false);
    button('允许', 'wx-subscribe-accept', true);
    box.appendChild(row);
    shade.appendChild(box);
    document.body.appendChild(shade);
  });

export const requestSubscribe: RequestSubscribe = async (keys) => {
  const wanted = keys.filter((k) => SUBSCRIBE_TEMPLATE_IDS[k]).slice(0, 3);
  if (wanted.length === 0) return {};
  const all = (choice: Choice) => Object.fromEntries(wanted.map((k) => [k, choice])) as Partial<Record<TemplateKey, Choice>>;
  // WeChat: "can only be invoked by user TAP gesture".
  if (typeof navigator !== 'undefined' && navigator.userActivation && !navigator.userActivation.isActive) return all('unavailable');
  const accepted = await sheet(wanted.map((k) => TEMPLATES[k].title));
  if (!accepted) return all('reject');
  const res = await fetch('/dev/subscribe', {
    method: 'POST',
    credentials: 'include',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ templateIds: wanted.map((k) => SUBSCRIBE_TEMPLATE_IDS[k]) }),
  }).catch(() => null);
  return all(res?.ok ? 'accept' : 'unavailable');
};
