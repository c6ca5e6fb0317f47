import protobuf from 'protobufjs';

/**
 * WeChat's 云调用 wire as the server side sees it, decoded with protobufjs from the schema in
 * wx-server-sdk (deliberately not the functions' own hand-written codec, so a mistake there shows up
 * here). The request's OPEN_API pairs carry each top-level field as JSON text.
 */
const root = protobuf.parse(`
syntax = "proto3";
message KeyValuePair { string key = 1; bytes value = 2; string contenttype = 3; string filename = 4; }
message OpenApiData { repeated KeyValuePair pairs = 1; }
message CommApiData { int32 apiType = 1; OpenApiData openapiData = 2; string appid = 6; }
message CommOpenApiResp { bytes respData = 1; string contentType = 2; int32 errorCode = 3; uint32 httpCode = 4; }
`).root;

const CommApiData = root.lookupType('CommApiData');
const CommOpenApiResp = root.lookupType('CommOpenApiResp');

export class WireError extends Error {}

export const decodeOpenApiRequest = (bytes: Buffer): Record<string, unknown> => {
  let message: { apiType?: number; openapiData?: { pairs?: Array<{ key?: string; value?: Uint8Array }> } };
  try {
    message = CommApiData.toObject(CommApiData.decode(bytes), { defaults: true }) as typeof message;
  } catch (e) {
    throw new WireError(`requestData is not a CommApiData message: ${(e as Error).message}`);
  }
  if (message.apiType !== 0) throw new WireError(`apiType ${message.apiType} is not OPEN_API`);
  const out: Record<string, unknown> = {};
  for (const pair of message.openapiData?.pairs ?? []) {
    if (!pair.key) continue;
    try {
      out[pair.key] = JSON.parse(Buffer.from(pair.value ?? []).toString('utf8'));
    } catch {
      throw new WireError(`field ${pair.key} is not JSON text`);
    }
  }
  return out;
};

export const encodeOpenApiResponse = (answer: { json?: unknown; errorCode?: number }): Buffer =>
  Buffer.from(
    CommOpenApiResp.encode(
      CommOpenApiResp.create({
        respData: Buffer.from(answer.json === undefined ? '' : JSON.stringify(answer.json)),
        contentType: answer.json === undefined ? '' : 'application/json; charset=utf-8',
        errorCode: answer.errorCode ?? 0,
        httpCode: 200,
      }),
    ).finish(),
  );
