/**
 * Stable error codes and the one map of their Chinese messages.
 * Tests assert codes; people read messages, so they say what happened and what to do next.
 */
export const ERRORS = {
  VALIDATION_FAILED: { status: 422, message: '填写的内容有误，请按提示修改' },
  PAYLOAD_TOO_LARGE: { status: 413, message: '提交的内容太多了，请删减后再试' },
  UNAUTHENTICATED: { status: 401, message: '请先登录微信后再使用' },
  NOT_REGISTERED: { status: 403, message: '请先填写“一人一策”登记表' },
  FORBIDDEN: { status: 403, message: '您没有办理这项事务的权限' },
  UNKNOWN_ACTION: { status: 404, message: '这项功能暂不可用，请更新小程序后再试' },
  NOT_FOUND: { status: 404, message: '没有找到相关内容，可能已被删除' },
  RATE_LIMITED: { status: 429, message: '操作太频繁了，请稍等片刻再试' },
  IDEMPOTENCY_KEY_REUSED: { status: 409, message: '这次提交与上一次不一致，请重新提交' },
  /** Retryable (contract/retry.ts): the client sends the same request again by itself. */
  BUSY: { status: 503, message: '现在办理的人较多，请稍等一下再点一次' },
  ALREADY_REGISTERED: { status: 409, message: '您已经登记过了，无需重复登记' },
  BRANCH_NOT_FOUND: { status: 404, message: '没有找到这个党支部，请重新选择' },
  BRANCH_NAME_TAKEN: { status: 409, message: '已有同名的党支部，请换一个名称' },
  MEMBER_NOT_FOUND: { status: 404, message: '没有找到这位老同志' },
  MEMBER_NOT_IN_BRANCH: { status: 409, message: '这位老同志不是本支部的，请由他所在的支部登记' },
  ROLE_ALREADY_HELD: { status: 409, message: '这位同志已有该身份' },
  ROLE_NOT_HELD: { status: 409, message: '这位同志没有该身份' },
  CANNOT_REVOKE_SELF: { status: 409, message: '不能撤销自己的管理员身份，请由其他管理员办理' },
  CONFLICT: { status: 409, message: '数据刚刚被别人修改过，请刷新后再试' },
  INVALID_STATE: { status: 409, message: '当前状态下不能这样操作，请刷新后再看' },
  // 金点子: an answer still holding a template's blanks is not published
  ANSWER_HAS_BLANKS: { status: 422, message: '答复里还有模板中要填写的地方没有填，请填好再发布' },
  // 关爱服务: a payment is approved by a second staff member
  PAYMENT_SAME_PERSON: { status: 409, message: '慰问金要由另一位工作人员审批，提出的人不能自己批准' },
  // volunteers
  TEAM_NOT_FOUND: { status: 404, message: '没有找到这个服务队，可能已被撤销' },
  TEAM_NAME_TAKEN: { status: 409, message: '已有同名的服务队，请换一个名称' },
  ACTIVITY_NOT_FOUND: { status: 404, message: '没有找到这个活动，可能已被取消' },
  SIGNUP_CLOSED: { status: 409, message: '这个活动的报名已经截止了' },
  ACTIVITY_FULL: { status: 409, message: '名额和候补都已满，请看看其他活动' },
  NOT_SIGNED_UP: { status: 409, message: '您还没有报名这个活动' },
  WRONG_CODE: { status: 422, message: '签到码不对，请看清队长出示的4位数字再输入' },
  TOO_MANY_WRONG_CODES: { status: 429, message: '签到码输错次数太多，请找队长帮您登记' },
  CHECKIN_NOT_OPEN: { status: 409, message: '现在不在签到时间内（活动开始前1小时到结束后2小时）' },
  // volunteers: editing an activity (staff pages)
  CAPACITY_BELOW_TAKEN: { status: 409, message: '已报名的人数比新的人数上限多，人数上限不能改得更少' },
  // volunteers: checking a service record's number (staff)
  RECORD_NOT_FOUND: { status: 404, message: '没有查到这个证明编号，请核对后再输入' },
  // 院坝小讲堂 (offline sessions)
  SESSION_FULL: { status: 409, message: '这次小讲堂的名额已满，请看看下一期' },
  SESSION_SIGNUP_CLOSED: { status: 409, message: '这次小讲堂已经开始签到或已结束，不能再报名或取消了' },
  SESSION_NOT_SIGNED_UP: { status: 409, message: '您还没有报名这次小讲堂' },
  SESSION_WRONG_CODE: { status: 422, message: '签到码不对，请看清书记出示的4位数字再输入' },
  SESSION_TOO_MANY_WRONG_CODES: { status: 429, message: '签到码输错次数太多，请找书记帮您登记' },
  SESSION_NOT_TODAY: { status: 409, message: '还没到小讲堂那一天，当天才能开始签到' },
  PLACE_NAME_TAKEN: { status: 409, message: '已有同名的地点，请换一个名称' },
  SESSION_ATTENDANCE_STARTED: { status: 409, message: '已经有老同志签到或登记了，不能再改回报名' },
  // 关爱服务: an xlsx ledger too big for one file
  LEDGER_TOO_LARGE: { status: 422, message: '这一年的记录太多，一个文件放不下，请选一个支部分别下载' },
  // 电脑上办公: signing in at a desk by scanning its login code with the mini-program
  DESK_CODE_NOT_FOUND: { status: 404, message: '没有找到这个登录码，请看清电脑屏幕上的字再输入，或扫一扫二维码' },
  DESK_CODE_EXPIRED: { status: 410, message: '这个登录码已过期，请在电脑上点“换一个”后重新扫码' },
  DESK_CODE_USED: { status: 409, message: '这个登录码已经用过了，请在电脑上点“换一个”后重新扫码' },
  DESK_CODE_NOT_CONFIRMED: { status: 409, message: '还没有在手机上确认登录，请在手机上点“确认登录”' },
  DESK_FORBIDDEN: { status: 403, message: '只有工作人员、支部书记和管理员可以在电脑上办公' },
  DESK_SIGNED_OUT: { status: 401, message: '电脑上的登录已退出，请重新扫码登录' },
  DESK_NOT_CONFIGURED: { status: 503, message: '电脑登录还没有开通，请联系管理员在云开发控制台开启自定义登录' },
  // 家人帮办 (family helpers)
  FAMILY_CODE_INVALID: { status: 422, message: '邀请码不对或已过期，请老人在“我的 → 家人帮办”重新生成一个' },
  FAMILY_ALREADY_LINKED: { status: 409, message: '您已经是这位老人的帮办家人了，不用再申请' },
  FAMILY_SELF: { status: 409, message: '这是您自己的邀请码，请交给来帮您的家人填写' },
  HELPER_NOT_ALLOWED: { status: 403, message: '家人帮办不能办理这一项，请老人本人或支部书记办理' },
  HELPER_NOT_LINKED: { status: 403, message: '您还不是这位老人的帮办家人，请先用老人给的邀请码申请' },
  HELPER_LINK_PENDING: { status: 403, message: '老人还没有同意您帮办，请等老人在手机上确认，或请支部书记登记老人的同意' },
  HELPER_LINK_ENDED: { status: 403, message: '帮办关系已经结束，不能再替老人办事了；需要时请老人重新给您邀请码' },
  // the local gateway (the HTTP stand-in for the mini-program's callFunction, and the desk's contract)
  METHOD_NOT_ALLOWED: { status: 405, message: '这个地址不能这样访问，请从小程序里的按钮办理' },
  PATH_NOT_FOUND: { status: 404, message: '没有这个地址，请从首页重新进入' },
  UNSUPPORTED_FILE: { status: 415, message: '只能上传照片、录音或视频' },
  INTERNAL: { status: 500, message: '系统开了个小差，请稍后再点一次' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERRORS;

export const errorMessage = (code: ErrorCode): string => ERRORS[code].message;
export const httpStatusOf = (code: ErrorCode): number => ERRORS[code].status;
export const isErrorCode = (value: unknown): value is ErrorCode =>
  typeof value === 'string' && Object.prototype.hasOwnProperty.call(ERRORS, value);
