import { z } from '../../zod';
import { defineAction, READ_LIMIT, WRITE_LIMIT } from '../../define';
import { id, page, paged, text } from '../../text';
import { placeView } from '../../place-model';
import { MEMBER, STAFF } from '../../roles';

/** 地点 kept by the bureau's staff; served by the `members` function (county-wide, like branches). */
export const placesActions = {
  'places.list': defineAction({
    fn: 'members',
    summary: 'The county\'s places (name order), to choose from when posting a 小讲堂 or an activity',
    access: MEMBER,
    input: page.extend({ pageSize: z.number().int().min(1).max(50).default(50) }).strict(),
    output: paged(placeView),
    errors: [],
    write: false,
    audited: false,
    rateLimit: READ_LIMIT,
  }),
  'places.save': defineAction({
    fn: 'members',
    summary: 'Staff add a place, or correct one (name, address, map position); audited',
    access: STAFF,
    input: z
      .object({
        placeId: id('地点').optional(),
        name: text({ label: '地点名称', max: 20 }),
        address: text({ label: '详细地址', max: 60 }),
        latitude: z.number({ error: '请填写纬度' }).min(-90, '纬度不对').max(90, '纬度不对'),
        longitude: z.number({ error: '请填写经度' }).min(-180, '经度不对').max(180, '经度不对'),
      })
      .strict(),
    output: placeView,
    errors: ['NOT_FOUND', 'PLACE_NAME_TAKEN'],
    write: true,
    audited: true,
    rateLimit: WRITE_LIMIT,
  }),
};
