import { IDEA_STATE_LABELS, type IdeaState, type ToldAuthor } from '../../contract/ideas-model';
import { PAGES } from '../../contract/pages';
import type { Deps } from '../../platform/deps';
import type { IdeaDoc } from './idea-doc';

/**
 * The author hears of every step: a 消息 entry always, a subscribe message where they accepted one
 * (template ideaProgress). A notice never fails the step; what it achieved is returned, so staff are
 * told the truth ("已通知提出人" only when a notice really went out).
 */
export const ideaPage = (ideaId: string): string => `${PAGES.ideasMine}?id=${ideaId}`;

export const notifyAuthor = async (deps: Deps, idea: Pick<IdeaDoc, '_id' | 'authorOpenid' | 'receiptNo' | 'title'>, state: IdeaState, line: string): Promise<ToldAuthor> => {
  try {
    const outcome = await deps.notifier.notify({
      to: idea.authorOpenid,
      template: 'ideaProgress',
      page: ideaPage(idea._id),
      data: { character_string1: idea.receiptNo, thing2: idea.title, phrase3: IDEA_STATE_LABELS[state], thing4: line },
    });
    return { inbox: outcome.kept, wechat: outcome.pushed };
  } catch (error) {
    // The step is committed; a broken notice must not turn it into an error for staff.
    deps.log.error('author not notified', { ideaId: idea._id, error: String(error) });
    return { inbox: false, wechat: false };
  }
};
