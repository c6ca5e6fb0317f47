/** H5: the browser downloads the temporary link under the ledger's own file name. */
export const openLedger = async (url: string, fileName: string): Promise<void> => {
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
};
