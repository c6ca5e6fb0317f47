/** H5: the page the browser was opened on, read from the hash route (`#/pages/study/lesson/index?id=…`). */
export function launchPage(): { path: string; query: Record<string, string> } {
  const [path, search = ''] = window.location.hash.replace(/^#\/?/, '').split('?');
  return { path, query: Object.fromEntries(new URLSearchParams(search)) };
}
