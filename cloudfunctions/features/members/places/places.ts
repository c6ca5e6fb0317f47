import { AppError } from '../../../platform/app-error';
import { AUDIT_COLLECTION, auditEntry } from '../../../platform/audit';
import { checked, inTransaction, isDuplicateWrite, readDoc } from '../../../platform/database';
import { pageWindow, toPage } from '../../../platform/paging';
import type { Handler } from '../../../platform/routes';
import { PLACES, toPlaceView, type PlaceDoc } from './place-store';

export const listPlaces: Handler<'places.list'> = async (ctx, input) => {
  const { skip, limit } = pageWindow(input);
  const { data } = await ctx.deps.db.collection(PLACES).orderBy('name', 'asc').skip(skip).limit(limit).get();
  return toPage(data as PlaceDoc[], input, toPlaceView);
};

/** Staff add a place or correct one; names are unique (index), so a place is entered once. Audited. */
export const savePlace: Handler<'places.save'> = async (ctx, input) => {
  const { placeId, ...info } = input;
  try {
    return await inTransaction(ctx.deps.db, async (tx) => {
      if (!placeId) {
        const doc = { ...info, createdAt: ctx.now, updatedAt: ctx.now };
        const added = checked(await tx.collection(PLACES).add(doc)) as { id: string };
        checked(await tx.collection(AUDIT_COLLECTION).add(auditEntry(ctx, { type: 'place', id: added.id }, null, info)));
        return toPlaceView({ ...doc, _id: added.id });
      }
      const before = await readDoc<PlaceDoc>(tx, PLACES, placeId);
      if (!before) throw new AppError('NOT_FOUND', { placeId: '没有找到这个地点，请刷新后再试' });
      checked(await tx.collection(PLACES).doc(placeId).update({ ...info, updatedAt: ctx.now }));
      const was = { name: before.name, address: before.address, latitude: before.latitude, longitude: before.longitude };
      checked(await tx.collection(AUDIT_COLLECTION).add(auditEntry(ctx, { type: 'place', id: placeId }, was, info)));
      return toPlaceView({ ...before, ...info, updatedAt: ctx.now });
    });
  } catch (error) {
    if (isDuplicateWrite(error)) throw new AppError('PLACE_NAME_TAKEN', { name: '已有同名的地点，请换一个名称' });
    throw error;
  }
};
