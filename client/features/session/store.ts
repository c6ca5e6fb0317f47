import Taro from '@tarojs/taro';
import { useSyncExternalStore } from 'react';
import type { MemberView } from '@contract/member-model';
import { callApi } from '../../api/call-api';

/** Who is using the app, from `members.me`, shared by every page. */
export type MeState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'registered'; member: MemberView }
  | { status: 'unregistered' }
  /** H5 without a demo session. In WeChat the platform always identifies the caller. */
  | { status: 'unauthenticated' }
  | { status: 'error'; message: string };

/**
 * The last member the server confirmed, kept on the phone: with no signal a restarted app
 * still opens the lesson or the form kept on the phone instead of stopping at "who are you". Only a
 * network failure falls back to it; the server still checks the caller on every call.
 */
const KEPT = 'yl.me';
const keep = (member: MemberView | null) => {
  try {
    if (member) Taro.setStorageSync(KEPT, member);
    else Taro.removeStorageSync(KEPT);
  } catch {
    // storage unavailable: no fallback, nothing else changes
  }
};
const kept = (): MemberView | null => {
  try {
    const m = Taro.getStorageSync(KEPT) as MemberView | '';
    return m && typeof m === 'object' && 'id' in m ? m : null;
  } catch {
    return null;
  }
};

let state: MeState = { status: 'idle' };
let inflight: Promise<MeState> | null = null;
const listeners = new Set<() => void>();

function set(next: MeState): void {
  state = next;
  listeners.forEach((l) => l());
}

export const getMe = (): MeState => state;

/** Ask the server who we are. Concurrent callers share one request. */
export function loadMe(): Promise<MeState> {
  if (inflight) return inflight;
  set({ status: 'loading' });
  inflight = callApi('members.me', {}).then((res) => {
    inflight = null;
    let next: MeState;
    const last = kept();
    if (res.ok) next = res.data.registered ? { status: 'registered', member: res.data.member } : { status: 'unregistered' };
    else if (res.error.code === 'UNAUTHENTICATED') next = { status: 'unauthenticated' };
    else if (res.error.code === 'INTERNAL' && last) next = { status: 'registered', member: last };
    else next = { status: 'error', message: res.error.message };
    if (res.ok || res.error.code === 'UNAUTHENTICATED') keep(next.status === 'registered' ? next.member : null);
    set(next);
    return next;
  });
  return inflight;
}

/** After registering or editing the profile, the server's answer is the new truth. */
export function setMember(member: MemberView): void {
  keep(member);
  set({ status: 'registered', member });
}

/** Forget the current user (demo identity switch). */
export function resetMe(): void {
  inflight = null;
  keep(null);
  set({ status: 'idle' });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useMe(): MeState {
  return useSyncExternalStore(subscribe, getMe, getMe);
}
