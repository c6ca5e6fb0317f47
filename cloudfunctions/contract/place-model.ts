import { z } from './zod';

/**
 * 地点: places the bureau's staff enter once (name, address, map position), chosen when a 小讲堂 or a
 * volunteer activity is posted. The record keeps its own copy (`placeInfo`), so editing a place later
 * never rewrites where a past session was held.
 */
export const placeInfo = z.object({
  name: z.string(),
  address: z.string(),
  latitude: z.number(),
  longitude: z.number(),
});
export type PlaceInfo = z.infer<typeof placeInfo>;

export const placeView = placeInfo.extend({ id: z.string() });
export type PlaceView = z.infer<typeof placeView>;

/** Who posted it and how to reach them: shown to those who may see the session or activity. */
export const organiserView = z.object({ name: z.string(), phone: z.string().optional() });
export type OrganiserView = z.infer<typeof organiserView>;
