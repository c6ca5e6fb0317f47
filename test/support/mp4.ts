/**
 * A tiny but well-formed mp4 for upload tests: an `ftyp` box (what the gateway sniffs), a `moov` with
 * a movie header saying one second long, and an empty `mdat`. It has no video track, so players can
 * show it but not play frames — enough to test storing, checking and showing a lesson video.
 */
const box = (type: string, ...parts: Buffer[]): Buffer => {
  const body = Buffer.concat(parts);
  const head = Buffer.alloc(8);
  head.writeUInt32BE(8 + body.length, 0);
  head.write(type, 4, 'ascii');
  return Buffer.concat([head, body]);
};

const u32 = (...values: number[]): Buffer => {
  const b = Buffer.alloc(4 * values.length);
  values.forEach((v, i) => b.writeUInt32BE(v, 4 * i));
  return b;
};

/** `brand` is the ftyp major brand: 'isom' for video; 'M4A ' makes an audio-only file. */
export const tinyMp4 = (brand = 'isom', padTo = 0): Buffer => {
  const ftyp = box('ftyp', Buffer.from(brand, 'ascii'), u32(0x200), Buffer.from('isomiso2avc1mp41', 'ascii'));
  // mvhd v0: version/flags, created, modified, timescale 1000, duration 1000 ms, rate 1.0, volume 1.0,
  // reserved, the unity matrix, pre-defined, next track id.
  const mvhd = box(
    'mvhd',
    u32(0, 0, 0, 1000, 1000, 0x00010000),
    Buffer.from([0x01, 0x00, 0, 0]),
    Buffer.alloc(8),
    u32(0x00010000, 0, 0, 0, 0x00010000, 0, 0, 0, 0x40000000),
    Buffer.alloc(24),
    u32(2),
  );
  const file = Buffer.concat([ftyp, box('moov', mvhd), box('mdat')]);
  return padTo > file.length ? Buffer.concat([file, box('free', Buffer.alloc(padTo - file.length - 8))]) : file;
};
