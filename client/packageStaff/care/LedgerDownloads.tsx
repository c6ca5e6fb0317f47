import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { CARE_LEDGER_LABELS, CARE_LEDGERS } from '@contract/care-words';
import type { CareLedger } from '@contract/care-help-model';
import { BigButton, StatusText } from '../../ui';
import { BranchPicker } from '../../features/profile/BranchPicker';
import { useBranches } from '../../features/profile/use-branches';
import { useCareLedgerExport } from '../../features/care/use-care-desk';
import { openLedger } from '../shared/open-ledger';

/**
 * The year's care ledgers, one button each: the file opens (weapp) or downloads (H5) at once. The whole
 * county by default; 只要一个支部的 narrows every ledger to the branch chosen.
 */
export function LedgerDownloads({ year }: { year: number }) {
  const exporter = useCareLedgerExport();
  const [narrow, setNarrow] = useState(false);
  const [branchId, setBranchId] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const [openError, setOpenError] = useState<string | null>(null);
  const download = async (ledger: CareLedger) => {
    setDone(null);
    setOpenError(null);
    const r = await exporter.run({ year, ledger, ...(narrow && branchId ? { branchId } : {}) });
    if (!r) return;
    setDone(`${r.fileName}：${r.rows}条记录`);
    try {
      await openLedger(r.url, r.fileName);
    } catch {
      setOpenError('台账已生成，但没有打开。请再点一次。');
    }
  };
  return (
    <View id='care-downloads'>
      <Text className='care-note'>{`${year}年的台账，Excel文件，${narrow && branchId ? '一个支部的' : '全县的'}`}</Text>
      <BigButton kind='plain' id='care-download-scope' onClick={() => setNarrow((n) => !n)}>{narrow ? '改回全县的' : '只要一个支部的'}</BigButton>
      {narrow && <BranchChoice value={branchId} onChange={setBranchId} />}
      {CARE_LEDGERS.map((l) => (
        <BigButton key={l} kind='secondary' id={`care-download-${l}`} busy={exporter.busy} busyText='正在生成…' onClick={() => void download(l)}>
          {`下载${CARE_LEDGER_LABELS[l]}`}
        </BigButton>
      ))}
      {exporter.error && <StatusText tone='error'>{exporter.error}</StatusText>}
      {done && <StatusText tone='ok' id='care-download-done'>{done}</StatusText>}
      {openError && <StatusText tone='warn'>{openError}</StatusText>}
    </View>
  );
}

function BranchChoice({ value, onChange }: { value: string; onChange: (id: string) => void }) {
  const branches = useBranches();
  return <BranchPicker state={branches.state} value={value} onChange={onChange} onRetry={() => void branches.reload()} />;
}
