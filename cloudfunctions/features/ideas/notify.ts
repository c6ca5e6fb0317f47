import { IDEA_STATE_LABELS, type IdeaState } from '../../contract/ideas-model';
import type { Deps } from '../../platform/deps';
import type { IdeaDoc } from './idea-doc';

/**
 * The author hears of every step (DESIGN §5): a subscribe message in the cloud, the outbox locally.
 * Template fields follow WeChat's rules: `thing` ≤ 20 characters, `phrase` ≤ 5 汉字, `character_string`
 * ASCII. A message that cannot be sent never fails the step (the notifier logs it).
 */
export const IDEA_STATUS_TEMPLATE = 'ideaStatusTmpl01';

export const fitThing = (value: string): string => {
  const chars = Array.from(value);
  return chars.length <= 20 ? value : `${chars.slice(0, 19).join('')}…`;
};

export const ideaPage = (ideaId: string): string => `pages/ideas/mine/index?id=${ideaId}`;

export const notifyAuthor = async (deps: Deps, idea: Pick<IdeaDoc, '_id' | 'authorOpenid' | 'receiptNo' | 'title'>, state: IdeaState, line: string): Promise<void> => {
  await deps.notifier.send({
    touser: idea.authorOpenid,
    templateId: IDEA_STATUS_TEMPLATE,
    page: ideaPage(idea._id),
    data: {
      character_string1: idea.receiptNo,
      thing2: fitThing(idea.title),
      phrase3: IDEA_STATE_LABELS[state],
      thing4: fitThing(line),
    },
  });
};
