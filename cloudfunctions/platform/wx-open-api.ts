import { decodeOpenApiResponse, encodeOpenApiRequest } from './wx-protobuf';

/**
 * WeChat's open APIs (content safety, subscribe messages) as 云调用, the way WeChat's own
 * wx-server-sdk makes them for `cloud.openapi.*`: `app.callCompatibleWxOpenApi` (SDK action
 * `wx.openApi`, multipart), the request as protobuf `CommApiData`, the answer as protobuf
 * `CommOpenApiResp` whose `respData` is WeChat's JSON. (The JSON route `callWxOpenApi` / `wx.api` is
 * what wx-server-sdk marks deprecated.) Ports take `CallWxOpenApi`, so production and the tests share
 * this code. A platform refusal (no 云调用 right for this invocation, API not declared in the function's
 * permissions) is thrown as an `OpenApiError` with WeChat's code.
 */
export type CallWxOpenApi = (
  request: { apiName: string; requestData: Record<string, unknown> },
  options?: { timeout?: number },
) => Promise<{ result?: unknown }>;

export interface CompatibleOpenApiApp {
  callCompatibleWxOpenApi(options: { apiName: string; requestData: Buffer }, opts?: { timeout?: number }): Promise<unknown>;
}

export class OpenApiError extends Error {
  constructor(readonly code: number | string, message: string) {
    super(message);
  }
}

export const compatibleOpenApi =
  (app: CompatibleOpenApiApp): CallWxOpenApi =>
  async ({ apiName, requestData }, options) => {
    const answer = await app.callCompatibleWxOpenApi({ apiName, requestData: encodeOpenApiRequest(requestData) }, options);
    if (!Buffer.isBuffer(answer)) {
      // A JSON answer is a CloudBase-level failure ({ code, message }).
      const { code, message } = (answer ?? {}) as { code?: string; message?: string };
      throw new OpenApiError(code ?? 'UNKNOWN', message ?? 'open API call failed');
    }
    const resp = decodeOpenApiResponse(answer);
    if (resp.errorCode) throw new OpenApiError(resp.errorCode, `open API refused: ${resp.errorCode}`);
    return { result: JSON.parse(resp.respData.toString('utf8') || '{}') as unknown };
  };
