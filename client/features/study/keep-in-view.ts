import Taro from '@tarojs/taro';

/**
 * Keeps the element `selector` names on screen while 朗读 follows the text: nothing moves while it is
 * well inside the screen; when it nears an edge (or is off screen) the page scrolls it to about a third
 * from the top. weapp (this file): the selector query and pageScrollTo; H5: keep-in-view.h5.ts.
 */
export const keepInView = (selector: string): void => {
  Taro.createSelectorQuery()
    .select(selector)
    .boundingClientRect()
    .selectViewport()
    .scrollOffset()
    .exec((res: Array<{ top?: number; bottom?: number; scrollTop?: number } | null>) => {
      const [rect, viewport] = res ?? [];
      if (!rect || !viewport || rect.top === undefined || rect.bottom === undefined) return;
      const height = Taro.getWindowInfo().windowHeight;
      if (rect.top >= height * 0.2 && rect.bottom <= height * 0.8) return;
      void Taro.pageScrollTo({ scrollTop: Math.max(0, (viewport.scrollTop ?? 0) + rect.top - height / 3), duration: 300 });
    });
};
