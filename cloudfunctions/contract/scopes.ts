import type { ActionName } from './registry';
import type { UploadPurpose } from './uploads';

/**
 * Every input field that names an object, with whose objects the caller may name there. The use cases
 * enforce it (platform/scope.ts for the branch rule), and the scope matrix (test/reliability) tries an
 * object just outside each declared scope for every field listed here; a test fails the build when an
 * action has an id or file field that is not listed.
 *
 * Paths are dotted, with `[]` for each element of a list (`lesson.body.[].fileId`).
 */
export type RefKind = 'member' | 'branch' | 'lesson' | 'session' | 'deliveryTask' | 'team' | 'activity' | 'idea' | 'message' | 'file' | 'place' | 'careVisit' | 'careProblem' | 'carePayment' | 'careWelcome' | 'familyLink';

export type RefScope =
  /** Any live object in the county: staff and admins work county-wide, and some lists are open to all. */
  | 'county'
  /** In the caller's own branch (a secretary's); county-wide for staff. */
  | 'branch'
  /** What the caller may see: published, for the caller's branch or the whole county. */
  | 'visible'
  /** A team the caller leads, or an activity of one; any for staff. */
  | 'managed'
  /** The caller's own: an idea they wrote, a message to them, a sign-up, a team they belong to. */
  | 'own'
  /** A person or lesson that is part of the object the same call names: an applicant, a signed-up member, a leader, a task's lesson. */
  | 'party'
  /** A file of this environment, uploaded for this purpose and really stored (platform/uploaded-files.ts). */
  | 'upload';

export interface RefDecl {
  kind: RefKind;
  scope: RefScope;
  /** For files: what the upload was for (contract/uploads.ts), which fixes its folder and type. */
  purpose?: UploadPurpose;
}

const r = (kind: RefKind, scope: RefScope): RefDecl => ({ kind, scope });
const upload = (purpose: UploadPurpose): RefDecl => ({ kind: 'file', scope: 'upload', purpose });

export const SCOPES: Partial<Record<ActionName, Record<string, RefDecl>>> = {
  'care.ledger': { memberId: r('member', 'branch') },
  'care.saveLedger': { memberId: r('member', 'county'), bureauContactId: r('member', 'county'), branchContactId: r('member', 'county'), helperMemberId: r('member', 'county') },
  'care.addEntry': { memberId: r('member', 'branch') },
  'care.report': { memberId: r('member', 'branch') },
  'care.askHelp': { 'voice.fileId': upload('careVoice') },
  'care.recordVisit': { visitId: r('careVisit', 'branch'), 'photos.[]': upload('careVisitPhoto') },
  'care.moveProblem': { problemId: r('careProblem', 'branch') },
  'care.dueVisits': { branchId: r('branch', 'branch') },
  'care.problems': { branchId: r('branch', 'branch') },
  'care.figures': { branchId: r('branch', 'branch') },
  'care.saveHardship': { memberId: r('member', 'county') },
  'care.proposePayment': { memberId: r('member', 'county'), correctionOf: r('carePayment', 'county') },
  'care.decidePayment': { paymentId: r('carePayment', 'county') },
  'care.handOverPayment': { paymentId: r('carePayment', 'county') },
  'care.payments': { memberId: r('member', 'county') },
  'care.exportLedger': { branchId: r('branch', 'county') },
  'care.addRetiree': { branchId: r('branch', 'county') },
  'care.tickWelcome': { welcomeId: r('careWelcome', 'branch') },
  'care.welcomes': { branchId: r('branch', 'branch') },
  'care.welcome': { welcomeId: r('careWelcome', 'branch') },
  'members.register': { branchId: r('branch', 'county') },
  'members.updateProfile': { branchId: r('branch', 'county'), 'noteVoice.fileId': upload('memberVoice') },
  'members.list': { branchId: r('branch', 'county') },
  'members.grantRole': { memberId: r('member', 'county'), branchId: r('branch', 'county') },
  'members.revokeRole': { memberId: r('member', 'county') },
  'branches.rename': { branchId: r('branch', 'county') },
  'places.save': { placeId: r('place', 'county') },

  'lessons.save': {
    lessonId: r('lesson', 'branch'),
    'lesson.branchId': r('branch', 'branch'),
    'lesson.body.[].fileId': upload('lessonImage'),
    'lesson.coverFileId': upload('lessonCover'),
    'lesson.audioFileId': upload('lessonAudio'),
    'lesson.videoFileId': upload('lessonVideo'),
  },
  'lessons.publish': { lessonId: r('lesson', 'branch') },
  'lessons.withdraw': { lessonId: r('lesson', 'branch') },
  'lessons.toDraft': { lessonId: r('lesson', 'branch') },
  'lessons.approve': { lessonId: r('lesson', 'county') },
  'lessons.return': { lessonId: r('lesson', 'county') },
  'lessons.get': { lessonId: r('lesson', 'visible') },
  'lessons.open': { lessonId: r('lesson', 'visible') },
  'lessons.finish': { lessonId: r('lesson', 'visible') },
  'lessons.requestDelivery': { lessonId: r('lesson', 'visible') },
  'lessons.branchProgress': { lessonId: r('lesson', 'branch'), branchId: r('branch', 'branch') },
  'lessons.assignDelivery': { memberId: r('member', 'branch'), 'lessonIds.[]': r('lesson', 'visible') },
  'lessons.deliveries': { branchId: r('branch', 'branch') },
  // The lessons of the task as it was given (one withdrawn since still counts: the visit happened).
  'lessons.recordVisit': { taskId: r('deliveryTask', 'branch'), 'lessonIds.[]': r('lesson', 'party'), photoFileId: upload('deliveryPhoto') },
  'lessons.stats': { branchId: r('branch', 'branch') },

  'sessions.schedule': { 'lessonIds.[]': r('lesson', 'visible'), placeId: r('place', 'county') },
  'sessions.manage': { branchId: r('branch', 'branch') },
  'sessions.get': { sessionId: r('session', 'visible') },
  'sessions.signUp': { sessionId: r('session', 'visible') },
  'sessions.cancel': { sessionId: r('session', 'own') },
  'sessions.checkIn': { sessionId: r('session', 'own') },
  'sessions.openAttendance': { sessionId: r('session', 'branch') },
  'sessions.reopenSignup': { sessionId: r('session', 'branch') },
  'sessions.roster': { sessionId: r('session', 'branch') },
  'sessions.mark': { sessionId: r('session', 'branch'), memberId: r('member', 'party') },
  'sessions.cancelSession': { sessionId: r('session', 'branch') },
  'sessions.addWalkIn': { sessionId: r('session', 'branch'), memberId: r('member', 'branch') },
  'sessions.close': { sessionId: r('session', 'branch'), 'photoFileIds.[]': upload('sessionPhoto') },

  'volunteers.team': { teamId: r('team', 'county') },
  'volunteers.appointLeader': { teamId: r('team', 'county'), memberId: r('member', 'county') },
  'volunteers.removeLeader': { teamId: r('team', 'county'), memberId: r('member', 'party'), replaceWith: r('member', 'county') },
  'volunteers.applyToJoin': { teamId: r('team', 'county') },
  'volunteers.applications': { teamId: r('team', 'managed') },
  'volunteers.decideApplication': { teamId: r('team', 'managed'), memberId: r('member', 'party') },
  'volunteers.leaveTeam': { teamId: r('team', 'own') },
  'volunteers.postActivity': { teamId: r('team', 'managed'), placeId: r('place', 'county') },
  'volunteers.editActivity': { activityId: r('activity', 'managed'), placeId: r('place', 'county') },
  'volunteers.cancelActivity': { activityId: r('activity', 'managed') },
  'volunteers.activities': { teamId: r('team', 'county') },
  'volunteers.activity': { activityId: r('activity', 'county') },
  'volunteers.signUp': { activityId: r('activity', 'county') },
  'volunteers.cancelSignUp': { activityId: r('activity', 'own') },
  'volunteers.decideSignUp': { activityId: r('activity', 'managed'), memberId: r('member', 'party') },
  'volunteers.roster': { activityId: r('activity', 'managed') },
  'volunteers.checkCode': { activityId: r('activity', 'managed') },
  'volunteers.checkIn': { activityId: r('activity', 'own') },
  'volunteers.markAttendance': { activityId: r('activity', 'managed'), memberId: r('member', 'party') },
  'volunteers.correctHours': { activityId: r('activity', 'managed'), memberId: r('member', 'party') },

  'ideas.submit': { 'photos.[]': upload('idea'), 'voice.fileId': upload('ideaVoice') },
  'ideas.submitFor': { memberId: r('member', 'branch'), 'photos.[]': upload('idea'), 'voice.fileId': upload('ideaVoice') },
  'ideas.support': { ideaId: r('idea', 'visible') },
  'ideas.withdraw': { ideaId: r('idea', 'own') },
  'ideas.get': { ideaId: r('idea', 'own') },
  'ideas.rate': { ideaId: r('idea', 'own'), 'voice.fileId': upload('ideaVoice') },
  'ideas.detail': { ideaId: r('idea', 'county') },
  'ideas.accept': { ideaId: r('idea', 'county') },
  'ideas.notAccept': { ideaId: r('idea', 'county') },
  'ideas.assign': { ideaId: r('idea', 'county') },
  'ideas.progress': { ideaId: r('idea', 'county') },
  'ideas.saveDraft': { ideaId: r('idea', 'county') },
  'ideas.resolve': { ideaId: r('idea', 'county') },
  'ideas.reopen': { ideaId: r('idea', 'county') },
  'ideas.addNote': { ideaId: r('idea', 'county') },
  'ideas.publish': { ideaId: r('idea', 'county'), 'beforePhotos.[]': upload('idea'), 'afterPhotos.[]': upload('idea') },

  'messages.markRead': { 'ids.[]': r('message', 'own') },

  // 家人帮办: a member answers and ends their own links; a secretary deals codes and records consent in their branch
  'family.inviteFor': { memberId: r('member', 'branch') },
  'family.confirm': { linkId: r('familyLink', 'own') },
  'family.end': { linkId: r('familyLink', 'own') },
  'family.recordConsent': { linkId: r('familyLink', 'branch') },
};

export const scopeOf = (action: ActionName, path: string): RefDecl | undefined => SCOPES[action]?.[path];
