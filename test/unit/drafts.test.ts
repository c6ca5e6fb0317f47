/**
 * A weak network: drafts kept on the phone, and a failed submit's requestId kept with them so
 * a resend after an app restart is the same intent. Taro's storage is an in-memory map here.
 */
const storage = new Map<string, unknown>();
jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: {
    getStorageSync: (k: string) => (storage.has(k) ? JSON.parse(JSON.stringify(storage.get(k))) : ''),
    setStorageSync: (k: string, v: unknown) => void storage.set(k, v),
    removeStorageSync: (k: string) => void storage.delete(k),
  },
}));

import { createIntent } from '../../client/api/request-id';
import { clearDraft, DRAFT_MAX_AGE_MS, readDraft, writeDraft } from '../../client/features/drafts/store';
import { draftIntentStore } from '../../client/features/drafts/intent-store';

beforeEach(() => storage.clear());

describe('draft store', () => {
  it('keeps a value across reads and forgets it when cleared', () => {
    writeDraft('idea-submit', { title: '公交站座椅', content: '' });
    expect(readDraft<{ title: string }>('idea-submit')?.value.title).toBe('公交站座椅');
    clearDraft('idea-submit');
    expect(readDraft('idea-submit')).toBeNull();
  });

  it('drops a draft older than a month', () => {
    storage.set('yl.draft.old', { value: { title: 'x' }, savedAt: Date.now() - DRAFT_MAX_AGE_MS - 1000 });
    expect(readDraft('old')).toBeNull();
    expect(storage.has('yl.draft.old')).toBe(false);
  });

  it('ignores what is not a draft', () => {
    storage.set('yl.draft.junk', 'text');
    expect(readDraft('junk')).toBeNull();
  });
});

describe('an intent kept with the draft', () => {
  const input = { action: 'ideas.submit', input: { title: '公交站座椅' } };

  it('a new page (app restarted) resends the unsettled intent with the same id', () => {
    const before = createIntent(draftIntentStore('idea-submit'));
    const id = before.idFor(input);
    // The app is closed: a fresh intent built from the same store.
    const after = createIntent(draftIntentStore('idea-submit'));
    expect(after.idFor(input)).toBe(id);
  });

  it('changed input after the restart is a new intent', () => {
    const id = createIntent(draftIntentStore('idea-submit')).idFor(input);
    const after = createIntent(draftIntentStore('idea-submit'));
    expect(after.idFor({ ...input, input: { title: '别的建议' } })).not.toBe(id);
  });

  it('a settled intent is forgotten, so the next submit is new', () => {
    const before = createIntent(draftIntentStore('idea-submit'));
    const id = before.idFor(input);
    before.settle();
    expect(createIntent(draftIntentStore('idea-submit')).idFor(input)).not.toBe(id);
  });

  it('without a store, a new page is a new intent (unchanged behaviour)', () => {
    const id = createIntent().idFor(input);
    expect(createIntent().idFor(input)).not.toBe(id);
  });
});
