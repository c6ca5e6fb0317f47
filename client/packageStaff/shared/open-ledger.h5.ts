/** Hands the browser a link to save under the ledger's own file name. */
const save = (href: string, fileName: string) => {
  const a = document.createElement('a');
  a.href = href;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
};

/**
 * H5 (the desk's browser): the ledger is saved straight to the PC's 下载 folder. The temporary link is on
 * the storage's own host, where a browser ignores `download` and would name the file after the link, so the
 * bytes are read first and saved from this page under the ledger's name (the storage answers CORS reads:
 * the emulator always, CloudBase once the desk's domain is in the storage's 跨域 list — README). If that read
 * is refused, the plain link still downloads the same file.
 */
export const openLedger = async (url: string, fileName: string): Promise<void> => {
  let blob: Blob | null = null;
  try {
    const answer = await fetch(url);
    if (answer.ok) blob = await answer.blob();
  } catch {
    blob = null;
  }
  if (!blob) return save(url, fileName);
  const local = URL.createObjectURL(blob);
  save(local, fileName);
  // The click has handed the bytes to the download; the page need not hold them.
  setTimeout(() => URL.revokeObjectURL(local), 60_000);
};
