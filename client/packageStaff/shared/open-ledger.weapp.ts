import Taro from '@tarojs/taro';

/** Mini-program: download the temporary link, then open it in WeChat's document viewer (with 转发/保存 in its menu). */
export const openLedger = async (url: string): Promise<void> => {
  const file = await Taro.downloadFile({ url });
  if (file.statusCode !== 200) throw new Error(`download failed: ${file.statusCode}`);
  await Taro.openDocument({ filePath: file.tempFilePath, fileType: 'xlsx', showMenu: true });
};
