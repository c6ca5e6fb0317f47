import type { NamespaceRoutes } from '../../../platform/routes';
import { listPlaces, savePlace } from './places';

/** `places.*`, run by the `members` function: the county's meeting places, offered on the activity and 小讲堂 forms. */
export const placesRoutes: NamespaceRoutes<'members', 'places'> = {
  'places.list': listPlaces,
  'places.save': savePlace,
};
