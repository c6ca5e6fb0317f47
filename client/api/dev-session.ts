/**
 * The local gateway's demo sign-in (H5 only; imported only from H5-only modules and pages, so it never
 * reaches the weapp bundle). In WeChat the caller's identity comes from the platform instead.
 */
export interface DemoUser {
  openid: string;
  name: string;
  roles: string[];
  branchName: string;
  label: string;
}

export type DevResult<T> = { ok: true; data: T } | { ok: false; message: string };

const NETWORK = '连不上本地服务，请确认已运行 npm start 后再试';

async function post<T>(path: string, body?: unknown): Promise<DevResult<T>> {
  try {
    const res = await fetch(path, {
      method: body === undefined ? 'GET' : 'POST',
      credentials: 'include',
      headers: body === undefined ? undefined : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) return { ok: false, message: `本地服务没有答应（${res.status}），请稍后再试` };
    const text = await res.text();
    return { ok: true, data: (text ? JSON.parse(text) : {}) as T };
  } catch {
    return { ok: false, message: NETWORK };
  }
}

export const listDemoUsers = () => post<{ users: DemoUser[] }>('/dev/users');
export const loginAs = (openid: string) => post<{ openid: string }>('/dev/login', { openid });
export const loginAsNewUser = () => post<{ openid: string }>('/dev/login', { newUser: true });
export const logout = () => post<unknown>('/dev/logout', {});
