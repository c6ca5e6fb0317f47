import { Text, View } from '@tarojs/components';
import { useEffect } from 'react';
import { Card, PageShell, ReadAloudButton } from '../../../ui';
import { loadMe, useMe } from '../../../features/session/store';
import { GUIDES, guideSpeech } from '../../../features/help/guides';
import { HelpCard } from '../../../features/help/HelpCard';
import '../../../features/help/help.scss';

/**
 * 使用帮助: how to study, send a 金点子 and sign up for an activity, a few numbered steps each, each read
 * aloud on request; then the numbers to ring. Open to anyone (no redirect to registration): someone stuck
 * on the registration form may land here too; the numbers show once the member is known.
 */
export default function HelpPage() {
  const me = useMe();
  useEffect(() => {
    if (me.status === 'idle') void loadMe();
  }, [me.status]);
  return (
    <PageShell title='使用帮助' back>
      <Text className='help-note'>常用的三件事，一步一步照着做。点“朗读”，手机会念给您听。</Text>
      {GUIDES.map((g) => (
        <Card key={g.id} title={g.title} id={`guide-${g.id}`}>
          <View className='help-steps'>
            {g.steps.map((step, i) => (
              <View key={step} className='help-step'>
                <Text className='help-step-no'>{`${i + 1}.`}</Text>
                <Text className='help-step-text'>{step}</Text>
              </View>
            ))}
          </View>
          <ReadAloudButton id={`guide-${g.id}-read`} label={`朗读“${g.title}”`} text={guideSpeech(g)} />
        </Card>
      ))}
      <HelpCard id='help-calls-card' subtitle='照着做还是不行，就打个电话问一问' guide={false} />
    </PageShell>
  );
}
