import { ANONYMOUS_ACCESS_MS, credentialsOf, WebSessions } from '../../cloudfunctions/local/gateway/cloud-auth/sessions';

/**
 * Token lifetimes of the web sign-in, on a clock of our own: an access token dies at the ticket's `refresh`
 * (then /v1/functions answers ACCESS_TOKEN_EXPIRED and the SDK refreshes), a refresh gives a new one and
 * kills the old, nothing outlives the login's `expire` (a desk's working day), revoke ends both.
 */
describe('web tokens: access, refresh, the end of the login, revoke', () => {
  const HOUR = 3600_000;
  const t0 = Date.parse('2026-11-30T01:00:00Z');

  it('an access token lasts the ticket’s refresh time; a refresh replaces it; nothing outlives the login', () => {
    const sessions = new WebSessions();
    const grant = sessions.signIn('dr.someone.0', HOUR, t0 + 10 * HOUR, t0);
    const first = grant.accessToken;
    expect(credentialsOf(grant, t0)).toMatchObject({ token_type: 'Bearer', expires_in: 3600, scope: 'user' });
    expect(sessions.check(first, t0 + HOUR - 1)).toMatchObject({ customUserId: 'dr.someone.0', anonymous: false });
    expect(sessions.check(first, t0 + HOUR)).toBe('expired');

    const renewed = sessions.refresh(grant.refreshToken, t0 + HOUR);
    expect(renewed).not.toBe('invalid');
    const second = (renewed as typeof grant).accessToken;
    expect(sessions.check(first, t0 + HOUR)).toBe('invalid');
    expect(sessions.check(second, t0 + HOUR + 1)).toMatchObject({ customUserId: 'dr.someone.0' });

    // The last hour of the day: the access token stops with the login, not an hour later.
    const late = sessions.refresh(grant.refreshToken, t0 + 9.5 * HOUR) as typeof grant;
    expect(late.accessExpiresAt).toBe(t0 + 10 * HOUR);
    expect(sessions.refresh(grant.refreshToken, t0 + 10 * HOUR)).toBe('expired');
    expect(sessions.refresh(grant.refreshToken, t0 + 10 * HOUR)).toBe('invalid');
  });

  it('the same custom uid is the same CloudBase user; anonymous users are new each time; revoke ends both tokens', () => {
    const sessions = new WebSessions();
    const a = sessions.signIn('dr.someone.0', HOUR, t0 + HOUR, t0);
    const b = sessions.signIn('dr.someone.0', HOUR, t0 + HOUR, t0);
    expect(a.user.uuid).toBe(b.user.uuid);
    const anon = sessions.signIn(undefined, ANONYMOUS_ACCESS_MS, t0 + 30 * 24 * HOUR, t0);
    expect(anon.user).toMatchObject({ anonymous: true });
    expect(credentialsOf(anon, t0)).toMatchObject({ scope: 'anonymous', expires_in: 7200 });
    expect(sessions.signOut(a.accessToken)).toBe(true);
    expect(sessions.check(a.accessToken, t0)).toBe('invalid');
    expect(sessions.refresh(a.refreshToken, t0)).toBe('invalid');
    expect(sessions.check(b.accessToken, t0)).not.toBe('invalid'); // another desk of the same member is not touched
  });
});
