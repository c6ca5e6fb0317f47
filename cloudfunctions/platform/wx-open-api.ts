/**
 * The one SDK call behind WeChat's open APIs (content safety, subscribe messages): `app.callWxOpenApi`.
 * Ports take this function, so the CloudBase adapter and the tests (SDK → emulator) share all code.
 */
export type CallWxOpenApi = (
  request: { apiName: string; requestData: Record<string, unknown> },
  options?: { timeout?: number },
) => Promise<{ result?: unknown }>;
