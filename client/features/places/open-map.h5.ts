import type { PlaceInfo } from '@contract/place-model';

/** The map page H5 opens: 高德's public marker link, which needs no key and works in any phone browser. */
export const mapUrl = (p: PlaceInfo): string =>
  `https://uri.amap.com/marker?position=${p.longitude},${p.latitude}&name=${encodeURIComponent(p.name)}&src=yinling&coordinate=gaode&callnative=1`;

/** H5: the map in a new tab, so the page being read stays where it was. */
export const openMap = (p: PlaceInfo): void => {
  window.open(mapUrl(p), '_blank', 'noopener');
};
