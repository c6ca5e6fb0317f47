/** Asks `read` again until `ok` holds or time runs out; answers the last reading (jest has no expect.poll). */
export const poll = async <T>(read: () => Promise<T>, ok: (v: T) => boolean, ms = 8000): Promise<T> => {
  const end = Date.now() + ms;
  let v = await read();
  while (!ok(v) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 200));
    v = await read();
  }
  return v;
};
