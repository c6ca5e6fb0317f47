import type { GrantableRole } from '../../contract/roles';
import type { ProfileInput } from '../../contract/member-model';

/**
 * The demo county: 酉水县, five retiree party branches, one secretary each, two bureau staff, one
 * administrator and a couple of dozen retirees. Openids are fixed so the sign-in screen, the
 * end-to-end tests and the README can name people.
 */
export const DEMO_BRANCHES = [
  { key: 'bureau', name: '县委老干部局机关离退休干部党支部', township: '城关镇' },
  { key: 'education', name: '县教育系统离退休教师党支部', township: '城关镇' },
  { key: 'health', name: '县卫健系统离退休干部党支部', township: '城关镇' },
  { key: 'longtan', name: '龙潭镇离退休干部党支部', township: '龙潭镇' },
  { key: 'xingfu', name: '兴隆镇离退休干部党支部', township: '兴隆镇' },
] as const;

export type BranchKey = (typeof DEMO_BRANCHES)[number]['key'];

export interface DemoPerson {
  openid: string;
  name: string;
  branch: BranchKey;
  roles: GrantableRole[];
  birthYear: number;
  formerUnit: string;
  living: ProfileInput['livingSituation'];
  mobility: ProfileInput['mobility'];
}

const person = (
  openid: string,
  name: string,
  branch: BranchKey,
  birthYear: number,
  formerUnit: string,
  roles: GrantableRole[] = [],
  living: DemoPerson['living'] = 'with_spouse',
  mobility: DemoPerson['mobility'] = 'good',
): DemoPerson => ({ openid, name, branch, roles, birthYear, formerUnit, living, mobility });

export const DEMO_PEOPLE: DemoPerson[] = [
  person('demo-admin', '周建国', 'bureau', 1962, '县委老干部局', ['admin'], 'with_spouse'),
  person('demo-staff-1', '李晓梅', 'bureau', 1986, '县委老干部局', ['staff'], 'with_children'),
  person('demo-staff-2', '田志勇', 'bureau', 1990, '县委老干部局', ['staff'], 'with_children'),
  person('demo-secretary-bureau', '王德明', 'bureau', 1951, '县人大常委会办公室', ['secretary']),
  person('demo-secretary-education', '陈淑芬', 'education', 1953, '县第一中学', ['secretary']),
  person('demo-secretary-health', '刘永康', 'health', 1950, '县人民医院', ['secretary']),
  person('demo-secretary-longtan', '冉光荣', 'longtan', 1949, '龙潭镇人民政府', ['secretary']),
  person('demo-secretary-xingfu', '白秀英', 'xingfu', 1955, '兴隆镇人民政府', ['secretary']),
  person('demo-member-1', '张桂兰', 'bureau', 1944, '县供销合作社', [], 'alone', 'limited'),
  person('demo-member-2', '杨国华', 'bureau', 1946, '县财政局'),
  person('demo-member-3', '赵明远', 'bureau', 1948, '县委组织部'),
  person('demo-member-4', '黄素珍', 'bureau', 1952, '县妇联', [], 'alone'),
  person('demo-member-5', '何光明', 'education', 1941, '县第二中学', [], 'care_home', 'homebound'),
  person('demo-member-6', '吴玉兰', 'education', 1947, '城关小学'),
  person('demo-member-7', '彭大海', 'education', 1950, '县教育局'),
  person('demo-member-8', '石翠英', 'education', 1954, '龙潭中学', [], 'with_children'),
  person('demo-member-9', '冯继红', 'health', 1945, '县中医院', [], 'alone', 'limited'),
  person('demo-member-10', '胡文斌', 'health', 1949, '县疾控中心'),
  person('demo-member-11', '邓丽华', 'health', 1953, '县妇幼保健院'),
  person('demo-member-12', '罗永福', 'longtan', 1939, '龙潭镇农技站', [], 'with_children', 'homebound'),
  person('demo-member-13', '田茂林', 'longtan', 1943, '龙潭镇财政所'),
  person('demo-member-14', '冉启芳', 'longtan', 1948, '龙潭镇卫生院', [], 'alone'),
  person('demo-member-15', '向天成', 'longtan', 1951, '龙潭镇派出所'),
  person('demo-member-16', '杨秀珍', 'xingfu', 1942, '兴隆镇供销社', [], 'alone', 'limited'),
  person('demo-member-17', '李长贵', 'xingfu', 1946, '兴隆镇中心校'),
  person('demo-member-18', '姚凤英', 'xingfu', 1950, '兴隆镇人民政府'),
  person('demo-member-19', '谢国强', 'xingfu', 1955, '县林业局'),
  person('demo-member-20', '孙玉珍', 'bureau', 1945, '县档案馆', [], 'with_children'),
];

/** A first-time WeChat user, for the sign-in screen's "新用户" choice and the e2e journey. */
export const NEW_USER_PREFIX = 'demo-new-';
