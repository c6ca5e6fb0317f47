import { COLLECTIONS } from '../../../contract/collections';
import type { PlaceInfo, PlaceView } from '../../../contract/place-model';
import { AppError } from '../../../platform/app-error';
import { readDoc, type Database, type Transaction } from '../../../platform/database';

export const PLACES = COLLECTIONS.places;

export interface PlaceDoc extends PlaceInfo {
  _id: string;
  createdAt: Date;
  updatedAt: Date;
}

export const toPlaceView = (p: PlaceDoc): PlaceView => ({ id: p._id, name: p.name, address: p.address, latitude: p.latitude, longitude: p.longitude });

/** The copy a session or activity keeps of the place it was posted with; an unknown id is refused by field. */
export const placeInfoOf = async (db: Database | Transaction, placeId: string): Promise<PlaceInfo> => {
  const p = await readDoc<PlaceDoc>(db, PLACES, placeId);
  if (!p) throw new AppError('NOT_FOUND', { placeId: '没有找到这个地点，请重新选择' });
  return { name: p.name, address: p.address, latitude: p.latitude, longitude: p.longitude };
};
