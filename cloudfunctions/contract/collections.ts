/**
 * Every collection the app uses, named once. snake_case plurals.
 * Functions, the emulator, the seed and the index declarations all refer to these constants.
 */
export const COLLECTIONS = {
  members: 'members',
  branches: 'branches',
  auditLog: 'audit_logs',
  /** One-time login codes a desk shows and a phone confirms (电脑上办公). */
  deskLoginCodes: 'desk_login_codes',
  idempotency: 'idempotency_keys',
  rateLimits: 'rate_limits',
  /** What WeChat delivered as subscribe messages (written by the local emulator, read by tests and /dev/outbox). */
  outbox: 'outbox_messages',
  /** Each person's 消息 list: every notice, whether or not a subscribe message could go with it. */
  messages: 'inbox_messages',
  counters: 'counters',
  // study
  lessons: 'lessons',
  lessonProgress: 'lesson_progress',
  studyRecords: 'study_records',
  deliveryTasks: 'delivery_tasks',
  studySessions: 'study_sessions',
  /** 人次 rollups per month × branch, and who studied in which months (features/lessons/tallies.ts). */
  studyTallies: 'study_tallies',
  studyLearners: 'study_learners',
  sessionSignups: 'session_signups',
  // ideas
  ideas: 'ideas',
  ideaSupports: 'idea_supports',
  /** The board's county figures per year, in shards (features/ideas/tallies.ts). */
  ideaTallies: 'idea_tallies',
  // volunteers
  volunteerTeams: 'volunteer_teams',
  volunteerMemberships: 'volunteer_memberships',
  volunteerTalents: 'volunteer_talents',
  volunteerActivities: 'volunteer_activities',
  volunteerSignups: 'volunteer_signups',
  /** 志愿服务记录证明 as issued, by serial, so staff can check a number they are shown. */
  volunteerRecords: 'volunteer_records',
  /** volunteers.figures' running tallies per month × team × field (features/volunteers/tallies.ts). */
  volunteerTallies: 'volunteer_tallies',
  /** 地点 kept by staff, chosen when posting a 小讲堂 or an activity. */
  places: 'places',
  // 关爱服务 (care): one ledger per member, its dated entries, visits due and done, problems, tallies
  careLedgers: 'care_ledgers',
  careEntries: 'care_entries',
  careVisits: 'care_visits',
  careProblems: 'care_problems',
  /** Running figures per year and branch. */
  careTallies: 'care_tallies',
  /** One marker per person visited in a year, so "people visited" counts each person once. */
  careVisited: 'care_visited',
  /** Who read a ledger with health or living notes, when: the access trail sensitive records need. */
  careReads: 'care_reads',
  /** Where the timer got to in making one calendar occasion's visits (a cursor per occasion and year). */
  careJobs: 'care_jobs',
  /** 帮扶: the register of members in difficulty (id = member id), and 慰问金 entries. */
  careHardships: 'care_hardships',
  carePayments: 'care_payments',
  /** 荣退: one record per newly retired cadre, with the 九个一 checklist and the registration invitation. */
  careWelcomes: 'care_welcomes',
  /** The bureau's care settings (one document, id `county`). */
  careSettings: 'care_settings',
  // 家人帮办: invitation codes (id = the code), helper links, and every act a helper did
  familyCodes: 'family_codes',
  familyLinks: 'family_links',
  familyActs: 'family_acts',
} as const;

export type CollectionName = (typeof COLLECTIONS)[keyof typeof COLLECTIONS];
