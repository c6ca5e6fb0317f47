import { useEffect, useState } from 'react';
import { listDemoUsers, loginAs, loginAsNewUser, type DemoUser } from '../../api/dev-session';

export type { DemoUser };

/**
 * The demo identities to choose from on the local gateway (H5 only; only the dev sign-in page imports
 * this, and that page is not in the weapp build): loaded on mount and again on 再试一次.
 */
export function useDemoUsers() {
  const [users, setUsers] = useState<DemoUser[]>();
  const [error, setError] = useState<string>();
  const load = async () => {
    setError(undefined);
    const res = await listDemoUsers();
    if (res.ok) setUsers(res.data.users);
    else setError(res.message);
  };
  useEffect(() => {
    void load();
  }, []);
  return { users, error, setError, load };
}

/** Sign in as a demo user, or as a new user (no openid) who has not registered yet. */
export const enterAs = (openid?: string) => (openid ? loginAs(openid) : loginAsNewUser());
