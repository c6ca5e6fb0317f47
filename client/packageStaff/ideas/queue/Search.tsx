import { View } from '@tarojs/components';
import { useState } from 'react';
import { BigButton, FormField, StatusText, TextBox } from '../../../ui';

/**
 * 查找: one box for what a caller gives on the phone — the receipt number, their name, or words of the
 * idea. The server looks across every state (a closed idea is still found); 清除 goes back to the queue.
 */
export function QueueSearch({ query, onSearch }: { query: string; onSearch: (q: string) => void }) {
  const [typed, setTyped] = useState(query);
  return (
    <View id='queue-search'>
      <FormField label='查找金点子' hint='输入编号（如 JDZ-2026-0008）、提出人的名字，或建议里的几个字'>
        <TextBox id='queue-search-box' label='查找金点子' value={typed} onChange={setTyped} maxlength={30} />
      </FormField>
      <BigButton kind='secondary' id='queue-search-go' disabled={!typed.trim()} onClick={() => onSearch(typed.trim())}>
        查找
      </BigButton>
      {query && (
        <View>
          <StatusText tone='info' lead='查找' id='queue-search-note'>{`“${query}”的结果（所有状态）`}</StatusText>
          <BigButton
            kind='plain'
            id='queue-search-clear'
            onClick={() => {
              setTyped('');
              onSearch('');
            }}
          >
            清除查找，回到待办
          </BigButton>
        </View>
      )}
    </View>
  );
}
