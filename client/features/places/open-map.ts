import Taro from '@tarojs/taro';
import type { PlaceInfo } from '@contract/place-model';

/** weapp: WeChat's own map page for the place, with 导航 to it (openLocation needs no location permission). */
export const openMap = (p: PlaceInfo): void => {
  void Taro.openLocation({ latitude: p.latitude, longitude: p.longitude, name: p.name, address: p.address, scale: 16 }).catch(() => undefined);
};
