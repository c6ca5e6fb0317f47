import tcb from '@cloudbase/node-sdk';
import { AppError } from './app-error';

/**
 * CloudBase custom-login tickets for desks, made by the SDK's own `auth().createTicket(uid, options)`:
 * RS256-signed with the environment's custom-login private key, valid ten minutes for the sign-in itself.
 * The key is the JSON file the console downloads (身份认证 → 登录方式 → 自定义登录 → 私钥下载:
 * `{ private_key_id, private_key, env_id }`), given to the function as DESK_LOGIN_KEY; never in the repo.
 * A desk's login lasts DESK_SESSION_HOURS (a working day, 10 by default): `expire` in the ticket, after
 * which the platform refuses to refresh its access token; access tokens live an hour (`refresh`).
 */
type KeyFile = { private_key_id: string; private_key: string; env_id: string };

const DEFAULT_SESSION_HOURS = 10;
const ACCESS_TOKEN_MS = 3600_000;

let cached: { raw: string; app: ReturnType<typeof tcb.init> } | null = null;

const appWithKey = (): ReturnType<typeof tcb.init> => {
  const raw = process.env.DESK_LOGIN_KEY;
  if (!raw) throw new AppError('DESK_NOT_CONFIGURED');
  if (cached?.raw === raw) return cached.app;
  let credentials: KeyFile;
  try {
    credentials = JSON.parse(raw) as KeyFile;
  } catch {
    throw new AppError('DESK_NOT_CONFIGURED');
  }
  const app = tcb.init({ env: tcb.SYMBOL_CURRENT_ENV, credentials });
  cached = { raw, app };
  return app;
};

export const deskSessionMs = (): number => {
  const hours = Number(process.env.DESK_SESSION_HOURS);
  return (Number.isFinite(hours) && hours > 0 ? hours : DEFAULT_SESSION_HOURS) * 3600_000;
};

/** The ticket's times are the platform's real clock (it checks them), not the app's clock port. */
export const makeDeskTicket = (uid: string): string =>
  appWithKey().auth().createTicket(uid, { refresh: ACCESS_TOKEN_MS, expire: Date.now() + deskSessionMs() });
