import { fenOf } from '../../client/features/care/money';
import { yuanText } from '../../cloudfunctions/contract/care-help-model';

describe('慰问金 amounts: typed yuan to fen, fen to the bureau\'s words', () => {
  it('never a float in storage; 万元 from ten thousand', () => {
    expect(fenOf('500')).toBe(50_000);
    expect(fenOf('0.1')).toBe(10);
    expect(fenOf('1234.56')).toBe(123_456);
    expect(fenOf('')).toBe(0);
    expect(fenOf('五百')).toBeNaN();
    expect(fenOf('1.234')).toBeNaN();
    expect(yuanText(50_000)).toBe('500元');
    expect(yuanText(350_000)).toBe('3,500元');
    expect(yuanText(12_100_000)).toBe('12.1万元');
    expect(yuanText(1_000_000)).toBe('1万元');
    expect(yuanText(12_345)).toBe('123.45元');
  });
});
