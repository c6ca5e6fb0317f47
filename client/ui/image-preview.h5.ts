/**
 * The H5 picture viewer: the picture as large as the screen allows on a dark ground, and one big 关闭
 * button (a tap anywhere, or Esc, also closes). Plain DOM: it lives above the page for a moment and needs
 * nothing from React or Taro.
 */
export const previewImage = (url: string): void => {
  const overlay = document.createElement('div');
  overlay.className = 'image-preview';
  overlay.setAttribute('role', 'dialog');
  overlay.setAttribute('aria-label', '查看大图');
  overlay.style.cssText =
    'position:fixed;inset:0;z-index:10000;background:rgba(0,0,0,0.92);display:flex;flex-direction:column;align-items:center;justify-content:center;';
  const image = document.createElement('img');
  image.src = url;
  image.alt = '课程图片';
  image.style.cssText = 'width:100%;max-height:calc(100% - 120px);object-fit:contain;';
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = '关闭';
  // Sized in the page's own type scale (rem follows 字的大小), never below the elder-first minimums.
  close.style.cssText =
    'margin-top:24px;min-height:64px;min-width:160px;padding:0 32px;font-size:max(1.4rem,24px);border:2px solid #fff;border-radius:12px;background:#a81c17;color:#fff;';
  const done = () => {
    overlay.remove();
    document.removeEventListener('keydown', onKey);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') done();
  };
  overlay.addEventListener('click', done);
  document.addEventListener('keydown', onKey);
  overlay.append(image, close);
  document.body.append(overlay);
  close.focus();
};
