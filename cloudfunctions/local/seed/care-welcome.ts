import { COLLECTIONS } from '../../contract/collections';
import { DEFAULT_WELCOME_ITEMS } from '../../contract/care-welcome-model';
import { chinaDay } from '../../contract/day-words';
import type { MemberDoc } from '../../platform/caller';
import { checked, type Database } from '../../platform/database';
import { addDays } from '../../domain/care/occasions';
import type { WelcomeDoc } from '../../features/care/welcome';

/**
 * Two 荣退 welcomes under way, so the page shows real work from the first start: 覃建国, retired three
 * weeks ago, with most of the "九个一" done and still to register (his invitation code is fixed, so the
 * README can name it); 彭丽华, retired last week, just entered.
 */
export const DEMO_INVITE = 'RTJG8888';

export const seedWelcomes = async (db: Database, now: Date): Promise<void> => {
  const { data } = await db.collection(COLLECTIONS.members).where({ openid: 'demo-staff-1' }).limit(1).get();
  const staff = data[0] as MemberDoc;
  const branches = (await db.collection(COLLECTIONS.branches).orderBy('order', 'asc').limit(2).get()).data as Array<{ _id: string; name: string }>;
  const today = chinaDay(now);
  const done = (k: number, daysAgo: number) => ({ label: DEFAULT_WELCOME_ITEMS[k], doneOn: addDays(today, -daysAgo), byName: staff.name });
  const welcomes: WelcomeDoc[] = [
    {
      _id: DEMO_INVITE, name: '覃建国', formerUnit: '县财政局', retiredOn: addDays(today, -21), branchId: branches[0]._id, branchName: branches[0].name, phone: '13907459901',
      items: DEFAULT_WELCOME_ITEMS.map((label, k) => (k < 6 ? done(k, 21 - k) : { label })),
      createdById: staff._id, createdBy: staff.name, createdAt: new Date(now.getTime() - 22 * 86_400_000), updatedAt: now,
    },
    {
      _id: 'NEWR7K3P', name: '彭丽华', formerUnit: '县人民医院', retiredOn: addDays(today, -6), branchId: branches[1]._id, branchName: branches[1].name,
      items: DEFAULT_WELCOME_ITEMS.map((label, k) => (k === 0 ? done(0, 5) : { label })),
      createdById: staff._id, createdBy: staff.name, createdAt: new Date(now.getTime() - 6 * 86_400_000), updatedAt: now,
    },
  ];
  checked(await db.collection(COLLECTIONS.careWelcomes).add(welcomes));
};
