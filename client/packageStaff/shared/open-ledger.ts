/**
 * Opens a downloaded ledger: the one way every xlsx export of the staff pages (关爱服务, 志愿服务, 金点子)
 * reaches the person, saved straight to the PC at a desk, opened in WeChat on the phone. The real implementations are chosen at build time by Taro's platform file
 * suffix: `open-ledger.h5.ts` (the browser saves the file under its name) and `open-ledger.weapp.ts`
 * (downloadFile + openDocument). This suffix-less file is what TypeScript and jest see.
 */
export const openLedger = async (url: string, fileName: string): Promise<void> => {
  void url;
  void fileName;
  throw new Error('No file opener for this platform');
};
