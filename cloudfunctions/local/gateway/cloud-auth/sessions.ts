import { randomBytes, randomUUID } from 'node:crypto';

/**
 * The signed-in web users of the local environment: CloudBase's auth service keeps these server-side;
 * here they live in memory (a restart of `npm start` signs every desk out, as a revoked login would).
 * Tokens are opaque random strings: the SDK stores and sends them, it never reads inside.
 */
export interface WebUser {
  /** CloudBase's own user id (TCB_UUID in a function's context). */
  uuid: string;
  /** The uid the function chose at createTicket (TCB_CUSTOM_USER_ID); absent for anonymous users. */
  customUserId?: string;
  anonymous: boolean;
}

interface Grant {
  user: WebUser;
  accessToken: string;
  accessExpiresAt: number;
  refreshToken: string;
  /** The login's end: no refresh after it. */
  refreshExpiresAt: number;
  accessMs: number;
}

/** Anonymous logins: two-hour access tokens (the platform's default), refreshable for thirty days. */
export const ANONYMOUS_ACCESS_MS = 2 * 3600_000;
export const ANONYMOUS_LOGIN_MS = 30 * 24 * 3600_000;

const token = (): string => randomBytes(32).toString('base64url');

export class WebSessions {
  private readonly byAccess = new Map<string, Grant>();
  private readonly byRefresh = new Map<string, Grant>();
  private readonly customUuids = new Map<string, string>();

  /** The same custom uid is the same CloudBase user on every sign-in, as on the platform. */
  signIn(customUserId: string | undefined, accessMs: number, loginEndsAt: number, now: number): Grant {
    const uuid = customUserId ? (this.customUuids.get(customUserId) ?? randomUUID().replace(/-/g, '')) : randomUUID().replace(/-/g, '');
    if (customUserId) this.customUuids.set(customUserId, uuid);
    const grant: Grant = {
      user: { uuid, customUserId, anonymous: !customUserId },
      accessToken: token(),
      accessExpiresAt: Math.min(now + accessMs, loginEndsAt),
      refreshToken: token(),
      refreshExpiresAt: loginEndsAt,
      accessMs,
    };
    this.byAccess.set(grant.accessToken, grant);
    this.byRefresh.set(grant.refreshToken, grant);
    return grant;
  }

  /** A new access token for a live refresh token; the old access token stops working. */
  refresh(refreshToken: string, now: number): Grant | 'invalid' | 'expired' {
    const grant = this.byRefresh.get(refreshToken);
    if (!grant) return 'invalid';
    if (grant.refreshExpiresAt <= now) {
      this.revoke(grant);
      return 'expired';
    }
    this.byAccess.delete(grant.accessToken);
    grant.accessToken = token();
    grant.accessExpiresAt = Math.min(now + grant.accessMs, grant.refreshExpiresAt);
    this.byAccess.set(grant.accessToken, grant);
    return grant;
  }

  check(accessToken: string, now: number): WebUser | 'invalid' | 'expired' {
    const grant = this.byAccess.get(accessToken);
    if (!grant) return 'invalid';
    return grant.accessExpiresAt <= now ? 'expired' : grant.user;
  }

  signOut(accessToken: string): boolean {
    const grant = this.byAccess.get(accessToken);
    if (!grant) return false;
    this.revoke(grant);
    return true;
  }

  private revoke(grant: Grant): void {
    this.byAccess.delete(grant.accessToken);
    this.byRefresh.delete(grant.refreshToken);
  }
}

export const credentialsOf = (grant: Grant, now: number) => ({
  token_type: 'Bearer',
  access_token: grant.accessToken,
  refresh_token: grant.refreshToken,
  expires_in: Math.max(0, Math.floor((grant.accessExpiresAt - now) / 1000)),
  scope: grant.user.anonymous ? 'anonymous' : 'user',
  sub: grant.user.uuid,
});
