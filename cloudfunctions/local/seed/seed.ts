import { COLLECTIONS } from '../../contract/collections';
import type { Role } from '../../contract/roles';
import type { MemberDoc } from '../../platform/caller';
import { checked, type Database } from '../../platform/database';
import type { BranchDoc } from '../../features/members/branches/branch-store';
import { nameKeys } from '../../features/members/name-keys';
import { DEMO_BRANCHES, DEMO_PEOPLE, type BranchKey } from './demo-county';
import { seedIdeas } from './ideas';
import { seedLessons } from './lessons';
import { seedPlaces } from './places';
import { seedCare } from './care';
import { seedWelcomes } from './care-welcome';
import { seedVolunteers } from './volunteers';
import { seedFamily } from './family';

const RELATIONS = ['老伴', '儿子', '女儿', '侄子'];
const CONTACT_NAMES = ['王芳', '李强', '张丽', '刘洋', '陈静', '杨帆'];
const STREETS = ['人民路', '解放街', '河滨路', '新华路', '酉水大道'];
const LANDMARKS = ['村口小卖部旁', '农业银行对面', '老供销社后面', '卫生院斜对面'];

/** Writes the demo county through the SDK, once: a database that already has branches is left alone. */
export const seedDemoCounty = async (db: Database, now: Date): Promise<boolean> => {
  const { total } = await db.collection(COLLECTIONS.branches).count();
  if (total > 0) return false;

  const branchIds = new Map<BranchKey, { id: string; name: string }>();
  for (const [order, branch] of DEMO_BRANCHES.entries()) {
    const doc: Omit<BranchDoc, '_id'> = {
      name: branch.name,
      township: branch.township,
      order,
      memberCount: DEMO_PEOPLE.filter((p) => p.branch === branch.key).length,
      createdAt: now,
    };
    const added = checked(await db.collection(COLLECTIONS.branches).add(doc)) as { id: string };
    branchIds.set(branch.key, { id: added.id, name: branch.name });
  }

  for (const [index, p] of DEMO_PEOPLE.entries()) {
    const branch = branchIds.get(p.branch) as { id: string; name: string };
    const township = DEMO_BRANCHES.find((b) => b.key === p.branch)?.township ?? '';
    const roles: Role[] = ['member', ...p.roles];
    const doc: Omit<MemberDoc, '_id'> & { nameKeys: string[] } = {
      openid: p.openid,
      name: p.name,
      nameKeys: nameKeys(p.name),
      birthYear: p.birthYear,
      formerUnit: p.formerUnit,
      branchId: branch.id,
      branchName: branch.name,
      phone: `1390745${String(1000 + index).padStart(4, '0')}`,
      livingSituation: p.living,
      mobility: p.mobility,
      needsHomeDelivery: p.mobility === 'homebound',
      emergencyContact: {
        name: CONTACT_NAMES[index % CONTACT_NAMES.length],
        phone: `1380745${String(2000 + index).padStart(4, '0')}`,
        relation: RELATIONS[index % RELATIONS.length],
      },
      address: `${township}${STREETS[index % STREETS.length]}${12 + index * 7}号`,
      landmark: LANDMARKS[index % LANDMARKS.length],
      roles,
      ...(p.roles.includes('secretary') ? { secretaryOf: branch.id } : {}),
      createdAt: now,
      updatedAt: now,
    };
    checked(await db.collection(COLLECTIONS.members).add(doc));
  }
  await seedVolunteers(db, now);
  await seedLessons(db, now);
  await seedIdeas(db, now);
  await seedPlaces(db, now);
  await seedCare(db, now);
  await seedWelcomes(db, now);
  await seedFamily(db, now);
  return true;
};
