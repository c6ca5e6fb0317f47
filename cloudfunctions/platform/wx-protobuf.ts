/**
 * The two protobuf messages of WeChat's 云调用 wire, written by hand so function bundles carry no
 * protobuf library. Field numbers are those of wx-server-sdk's schema (the SDK WeChat ships for cloud
 * functions): `CommApiData { int32 apiType = 1; OpenApiData openapiData = 2; string appid = 6 }`,
 * `OpenApiData { repeated KeyValuePair pairs = 1 }`, `KeyValuePair { string key = 1; bytes value = 2 }`,
 * `CommOpenApiResp { bytes respData = 1; string contentType = 2; int32 errorCode = 3; uint32 httpCode = 4 }`.
 */
const varint = (value: number): number[] => {
  const out: number[] = [];
  // int32 negatives are sign-extended to 64 bits on the wire (ten bytes).
  let v = BigInt.asUintN(64, BigInt(value));
  do {
    let byte = Number(v & 0x7fn);
    v >>= 7n;
    if (v > 0n) byte |= 0x80;
    out.push(byte);
  } while (v > 0n);
  return out;
};

const field = (no: number, bytes: Uint8Array): Buffer => Buffer.concat([Buffer.from(varint((no << 3) | 2)), Buffer.from(varint(bytes.length)), bytes]);

/** Each top-level request field is sent as its JSON text, as wx-server-sdk's `cloud.openapi.*` does. */
export const encodeOpenApiRequest = (data: Record<string, unknown>): Buffer => {
  const pairs = Object.entries(data)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => field(1, Buffer.concat([field(1, Buffer.from(key)), field(2, Buffer.from(JSON.stringify(value)))])));
  // apiType OPEN_API = 0, written explicitly as protobufjs does for a set field.
  return Buffer.concat([Buffer.from([0x08, 0x00]), field(2, Buffer.concat(pairs))]);
};

export interface OpenApiResponse {
  respData: Buffer;
  contentType: string;
  errorCode: number;
}

const readVarint = (buf: Buffer, at: number): [bigint, number] => {
  let result = 0n;
  let shift = 0n;
  let pos = at;
  for (;;) {
    if (pos >= buf.length) throw new Error('truncated varint');
    const byte = buf[pos++];
    result |= BigInt(byte & 0x7f) << shift;
    if ((byte & 0x80) === 0) return [result, pos];
    shift += 7n;
  }
};

export const decodeOpenApiResponse = (buf: Buffer): OpenApiResponse => {
  const out: OpenApiResponse = { respData: Buffer.alloc(0), contentType: '', errorCode: 0 };
  let pos = 0;
  while (pos < buf.length) {
    const [tag, next] = readVarint(buf, pos);
    pos = next;
    const no = Number(tag >> 3n);
    const wire = Number(tag & 7n);
    if (wire === 0) {
      const [value, after] = readVarint(buf, pos);
      pos = after;
      if (no === 3) out.errorCode = Number(BigInt.asIntN(32, value));
    } else if (wire === 2) {
      const [len, after] = readVarint(buf, pos);
      const bytes = buf.subarray(after, after + Number(len));
      if (bytes.length !== Number(len)) throw new Error('truncated field');
      pos = after + Number(len);
      if (no === 1) out.respData = Buffer.from(bytes);
      if (no === 2) out.contentType = bytes.toString('utf8');
    } else {
      throw new Error(`unexpected wire type ${wire}`);
    }
  }
  return out;
};
