/**
 * Opens a downloaded ledger. The real implementations are chosen at build time by Taro's platform file
 * suffix: `open-ledger.h5.ts` (the browser downloads the temporary link) and `open-ledger.weapp.ts`
 * (downloadFile + openDocument). This suffix-less file is what TypeScript and jest see.
 */
export const openLedger = async (url: string, fileName: string): Promise<void> => {
  void url;
  void fileName;
  throw new Error('No file opener for this platform');
};
