import Taro from '@tarojs/taro';

/** weapp: WeChat's own scanner (扫一扫), QR codes only; a cancel is null, not an error. */
export const canScan = true;

export const scanDeskQr = async (): Promise<string | null> => {
  try {
    const { result } = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] });
    return result;
  } catch {
    return null;
  }
};
