import { COLLECTIONS } from '../../contract/collections';
import { DEFAULT_CARE_SETTINGS, type CareSettings } from '../../contract/care-welcome-model';
import { AUDIT_COLLECTION, auditEntry } from '../../platform/audit';
import { checked, inTransaction, iso, readDoc, type Database, type Reader } from '../../platform/database';
import { requireMember, type Handler } from '../../platform/routes';

/**
 * The bureau's care settings: one document (`county`). Until staff save their own, the default set
 * applies; a saved document is read over the defaults field by field, so a setting added later starts
 * at its default for a bureau that saved before it existed.
 */
const SETTINGS = COLLECTIONS.careSettings;
const ID = 'county';

interface SettingsDoc extends Partial<CareSettings> {
  _id: string;
  updatedBy?: string;
  updatedAt?: Date;
}

const merged = (doc: SettingsDoc | null): CareSettings => ({
  springFestival: { ...DEFAULT_CARE_SETTINGS.springFestival, ...doc?.springFestival },
  doubleNinth: { ...DEFAULT_CARE_SETTINGS.doubleNinth, ...doc?.doubleNinth },
  birthday: { ...DEFAULT_CARE_SETTINGS.birthday, ...doc?.birthday },
  party50: { ...DEFAULT_CARE_SETTINGS.party50, ...doc?.party50 },
  eventDays: { ...DEFAULT_CARE_SETTINGS.eventDays, ...doc?.eventDays },
  welcomeItems: doc?.welcomeItems?.length ? doc.welcomeItems : DEFAULT_CARE_SETTINGS.welcomeItems,
});

const readSettings = (db: Reader) => readDoc<SettingsDoc>(db, SETTINGS, ID);

/** The settings in force, and when they last changed (the calendar job restarts a pass after a change). */
export const readCareSettings = async (db: Database): Promise<CareSettings & { changedAt?: Date }> => {
  const doc = await readSettings(db);
  return { ...merged(doc), ...(doc?.updatedAt ? { changedAt: new Date(doc.updatedAt) } : {}) };
};

const view = (doc: SettingsDoc | null) => ({
  ...merged(doc),
  ...(doc?.updatedBy ? { updatedBy: doc.updatedBy } : {}),
  ...(doc?.updatedAt ? { updatedAt: iso(doc.updatedAt) } : {}),
});

export const settings: Handler<'care.settings'> = async (ctx) => view(await readSettings(ctx.deps.db));

/** Staff save the whole set; the audit keeps what it was and what it became. */
export const saveSettings: Handler<'care.saveSettings'> = async (ctx, input) => {
  const { member: me } = requireMember(ctx.caller);
  const { db } = ctx.deps;
  const next: Omit<SettingsDoc, '_id'> = { ...input, updatedBy: me.name, updatedAt: ctx.now };
  await inTransaction(db, async (tx) => {
    const before = await readSettings(tx);
    checked(await tx.collection(SETTINGS).doc(ID).set(next));
    checked(await tx.collection(AUDIT_COLLECTION).add(auditEntry(ctx, { type: 'care_settings', id: ID }, merged(before), input)));
  });
  return view({ _id: ID, ...next });
};
