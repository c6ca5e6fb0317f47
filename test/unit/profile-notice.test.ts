import { noticeWords } from '../../client/features/profile/notice-words';

describe('the registration banner follows the fields as they are fixed', () => {
  it('counts what is left, says when all is fixed, and passes a server answer through', () => {
    expect(noticeWords(undefined, 3)).toBeUndefined();
    expect(noticeWords({ kind: 'fields' }, 10)).toEqual({ tone: 'error', lead: '还不能提交', text: '还有 10 处需要修改，请看上面的红色提示。' });
    expect(noticeWords({ kind: 'fields' }, 1)?.text).toBe('还有 1 处需要修改，请看上面的红色提示。');
    expect(noticeWords({ kind: 'fields' }, 0)).toEqual({ tone: 'ok', text: '都改好了，请再点一次下面的按钮提交。' });
    expect(noticeWords({ kind: 'answer', text: '网络不好，请稍后再试' }, 0)).toEqual({ tone: 'error', text: '网络不好，请稍后再试' });
  });
});
