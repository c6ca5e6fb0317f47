import { checked, type Database } from '../../platform/database';
import { PLACES } from '../../features/members/places/place-store';

/** The demo county's places, as staff would enter them once: name, address, map position (GCJ-02, as WeChat's map reads it). */
export const DEMO_PLACES = [
  { name: '城关社区村部院坝', address: '酉水县城关镇城关社区居委会后院', latitude: 28.8412, longitude: 108.7702 },
  { name: '龙潭村村部院坝', address: '酉水县龙潭镇龙潭村村委会门前', latitude: 28.9601, longitude: 108.9853 },
  { name: '县老干部活动中心', address: '酉水县城关镇桃花源路18号', latitude: 28.8437, longitude: 108.7689 },
  { name: '城关镇老年活动中心', address: '酉水县城关镇人民路56号二楼', latitude: 28.8425, longitude: 108.7731 },
] as const;

export const seedPlaces = async (db: Database, now: Date): Promise<void> => {
  for (const p of DEMO_PLACES) checked(await db.collection(PLACES).add({ ...p, createdAt: now, updatedAt: now }));
};
