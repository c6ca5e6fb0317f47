import { Text } from '@tarojs/components';
import type { IdeaView } from '@contract/ideas-model';
import { Card } from '../../ui';
import { shortDateTime } from './format';
import './ideas.scss';

/** One of my ideas in the list: title, receipt number, where it stands in plain words. */
export function IdeaCard({ idea, onOpen }: { idea: IdeaView; onOpen: () => void }) {
  return (
    <Card title={idea.title} subtitle={`编号 ${idea.receiptNo} · ${shortDateTime(idea.createdAt)}提交`} onClick={onOpen}>
      <Text className={`idea-status ${idea.canRate ? 'idea-status--warn' : ''}`}>{idea.statusText}</Text>
    </Card>
  );
}
