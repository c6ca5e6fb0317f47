import { View, Text } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { BigButton, FormField, StatusText, TextBox } from '../../../ui';
import { todayInChina } from '../../../features/ideas/format';
import { useIdeasLedgerExport, useRunJobNow } from '../../../features/ideas/use-idea-staff';
import { useDesk } from '../../../features/desk/use-desk';
import { openLedger } from '../../shared/open-ledger';

/**
 * 台账 export for a date range, and the 督办 check on demand. The file opens as the other staff ledgers do
 * (open-ledger: WeChat's document viewer on the phone, a download in a browser); at a desk it goes straight
 * to the PC's downloads as soon as it is made.
 */
export function Tools() {
  const { desk } = useDesk();
  const today = todayInChina();
  const [from, setFrom] = useState(`${today.slice(0, 4)}-01-01`);
  const [to, setTo] = useState(today);
  const [link, setLink] = useState<{ url: string; fileName: string; rows: number } | null>(null);
  const [jobNote, setJobNote] = useState<string | null>(null);
  const exporter = useIdeasLedgerExport();
  const job = useRunJobNow();
  // Where no viewer opens it, the link is put on the clipboard to paste elsewhere.
  const open = (l: { url: string; fileName: string }) => openLedger(l.url, l.fileName).catch(() => Taro.setClipboardData({ data: l.url }));
  return (
    <View id='queue-tools'>
      <Text className='idea-section'>导出台账</Text>
      <FormField label='开始日期' hint='格式：2026-01-01' error={exporter.fields?.from}>
        <TextBox label='开始日期' value={from} onChange={setFrom} maxlength={10} />
      </FormField>
      <FormField label='结束日期' error={exporter.fields?.to}>
        <TextBox label='结束日期' value={to} onChange={setTo} maxlength={10} />
      </FormField>
      {exporter.error && <StatusText tone='error'>{exporter.error}</StatusText>}
      <BigButton
        kind='secondary'
        busy={exporter.busy}
        busyText='正在生成…'
        onClick={async () => {
          const r = await exporter.run({ from: from.trim(), to: to.trim() });
          if (!r) return;
          setLink(r);
          if (desk) void open(r);
        }}
      >
        {desk ? '导出台账到电脑（Excel）' : '生成台账（Excel）'}
      </BigButton>
      {link && (
        <View id='ledger-ready'>
          <StatusText tone='ok'>{`台账已生成，共${link.rows}条：${link.fileName}${desk ? '，已下载到电脑' : ''}`}</StatusText>
          <BigButton kind='secondary' id='ledger-open' onClick={() => void open(link)}>
            {desk ? '再下载一次' : '打开台账'}
          </BigButton>
        </View>
      )}
      <Text className='idea-section'>督办检查</Text>
      <Text className='idea-meta'>系统每小时自动检查一次超期的金点子并提醒工作人员；也可以现在检查。</Text>
      {job.error && <StatusText tone='error'>{job.error}</StatusText>}
      {jobNote && <StatusText tone='ok'>{jobNote}</StatusText>}
      <BigButton
        kind='secondary'
        busy={job.busy}
        busyText='正在检查…'
        onClick={async () => {
          const r = await job.run({});
          if (!r) return;
          const overdue = r.flagged > 0 ? `新发现${r.flagged}条超期，已提醒${r.reminded}位工作人员` : '没有新的超期金点子';
          // The same run also makes one batch of 送学上门 tasks; say so only when it did something or has more to do.
          const delivery = r.deliveryTasks > 0 || r.deliveryMore
            ? `；新建送学上门任务${r.deliveryTasks}个${r.deliveryMore ? '，还有没排完的，稍后自动继续' : ''}`
            : '';
          const reminders = r.signupReminders > 0 ? `；给明天有活动的${r.signupReminders}人次发了提醒` : '';
          setJobNote(overdue + delivery + reminders);
        }}
      >
        现在检查超期
      </BigButton>
    </View>
  );
}
