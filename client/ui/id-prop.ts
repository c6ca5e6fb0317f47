/**
 * Taro H5 writes `id="undefined"` for an undefined id prop (and then many elements share that id),
 * so components pass an id only when they were given one.
 */
export const idProp = (id: string | undefined): { id?: string } => (id ? { id } : {});
