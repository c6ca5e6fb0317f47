/**
 * 使用帮助: the three main tasks in a few steps each, in the words the buttons say, so a member can
 * follow along on the screen or hear them read aloud.
 */
export interface Guide {
  id: string;
  title: string;
  steps: string[];
}

export const GUIDES: Guide[] = [
  {
    id: 'study',
    title: '怎么学习',
    steps: [
      '点屏幕最下面的“学习”。',
      '在课程里点一课，打开它。',
      '点“朗读这一课”，手机会把课文读给您听。',
      '读完或听完，点“学完了”，这一课就记下来了。',
    ],
  },
  {
    id: 'idea',
    title: '怎么提金点子',
    steps: [
      '点屏幕最下面的“金点子”。',
      '点“我要提金点子”，选您的建议是哪方面的，点“下一步”。',
      '写一句话的标题和具体内容，也可以拍照片，点“下一步”。',
      '看一遍，点“提交”。记下回执上的编号，打电话问进度时报这个编号。',
    ],
  },
  {
    id: 'volunteer',
    title: '怎么报名志愿活动',
    steps: [
      '点屏幕最下面的“志愿”。',
      '点“近期志愿活动”，再点您想参加的活动。',
      '看清时间和地点，点“我要报名”。',
      '活动那天到了地方，输入队长出示的4位签到码。',
    ],
  },
];

/** What 朗读 says for one guide: its title, then each step with its number. */
export const guideSpeech = (g: Guide): string => `${g.title}。${g.steps.map((s, i) => `第${i + 1}步，${s}`).join('')}`;
