import { Text, View } from '@tarojs/components';
import type { OrganiserView, PlaceInfo } from '@contract/place-model';
import { BigButton, CallButton } from '../../ui';
import { openMap } from './open-map';
import './places.scss';

interface Props {
  place: string;
  placeInfo?: PlaceInfo;
  organiser?: OrganiserView;
  /** The line's class on the page it sits in (ses-line, vol-line), so it reads like the lines around it. */
  lineClass: string;
}

/**
 * Where and who, on a 小讲堂 or an activity: the place (its address and a map, when staff entered it) and
 * the person who posted it, one tap to ring.
 */
export function WhereWho({ place, placeInfo, organiser, lineClass }: Props) {
  return (
    <View className='where-who' id='where-who'>
      <Text className={lineClass}>地点：{place}</Text>
      {placeInfo && (
        <View className='where-place'>
          <Text className='where-address' id='where-address'>{placeInfo.address}</Text>
          <BigButton kind='secondary' id='where-map' onClick={() => openMap(placeInfo)}>
            在地图上看怎么走
          </BigButton>
        </View>
      )}
      {organiser && <Text className={lineClass}>组织人：{organiser.name}</Text>}
      {organiser?.phone && <CallButton phone={organiser.phone} who={`组织人${organiser.name}`} id='where-call' />}
    </View>
  );
}
