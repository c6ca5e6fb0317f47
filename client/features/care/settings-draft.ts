import type { CareSettings } from '@contract/care-welcome-model';

/**
 * The settings form keeps numbers as typed text (a box may be empty while someone types); on saving,
 * text becomes numbers and the server's rules say what is wrong, field by field.
 */
export type Draft = {
  [K in keyof CareSettings]: CareSettings[K] extends Array<infer U> ? U[] : { [F in keyof CareSettings[K]]: CareSettings[K][F] extends number ? string : CareSettings[K][F] };
};

const text = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === 'number' ? String(v) : v]));
const num = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === 'string' ? (v.trim() === '' ? Number.NaN : Number(v)) : v]));

export const toDraft = (s: CareSettings): Draft => ({
  springFestival: text(s.springFestival),
  doubleNinth: text(s.doubleNinth),
  birthday: s.birthday,
  party50: text(s.party50),
  eventDays: text(s.eventDays),
  welcomeItems: [...s.welcomeItems],
}) as Draft;

export const fromDraft = (d: Draft): CareSettings => ({
  springFestival: num(d.springFestival),
  doubleNinth: num(d.doubleNinth),
  birthday: d.birthday,
  party50: num(d.party50),
  eventDays: num(d.eventDays),
  welcomeItems: d.welcomeItems.map((i) => i.trim()).filter(Boolean),
}) as CareSettings;
