import { IDEA_STATE_LABELS, type IdeaState } from '../../contract/ideas-model';
import type { Deps } from '../../platform/deps';
import type { IdeaDoc } from './idea-doc';

/**
 * The author hears of every step: a 消息 entry always, a subscribe message where they accepted one
 * (template ideaProgress). A notice never fails the step.
 */
export const ideaPage = (ideaId: string): string => `pages/ideas/mine/index?id=${ideaId}`;

export const notifyAuthor = async (deps: Deps, idea: Pick<IdeaDoc, '_id' | 'authorOpenid' | 'receiptNo' | 'title'>, state: IdeaState, line: string): Promise<void> => {
  await deps.notifier.notify({
    to: idea.authorOpenid,
    template: 'ideaProgress',
    page: ideaPage(idea._id),
    data: { character_string1: idea.receiptNo, thing2: idea.title, phrase3: IDEA_STATE_LABELS[state], thing4: line },
  });
};
