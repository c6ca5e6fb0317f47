import type { PlaceView } from '@contract/place-model';
import { callApi } from '../../api/call-api';
import { useLoad } from '../../api/use-load';
import { useRun } from '../../api/use-run';

/** The county's places staff entered (one read of up to 50, name order), for pickers and the staff list. */
export function usePlaces(key = 'places') {
  const loaded = useLoad(() => callApi('places.list', {}), key);
  const places: PlaceView[] = loaded.state.data?.items ?? [];
  return { ...loaded, places };
}

/** 常用地点 (staff): add a place, or correct one (with its placeId). */
export const useSavePlace = () => useRun('places.save');
