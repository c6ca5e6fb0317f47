import { localTemplateIds } from './openapi/console-templates';

/**
 * Points the unchanged @cloudbase/node-sdk at the emulator (TOOLCHAIN traps 9–11). The SDK reads these
 * from process.env on every request, so setting them before the first call is enough:
 *  - TCB_CONTEXT_CNFG.URL      the endpoint every API call is POSTed to (`<baseUrl>/admin?env=..&seqId=..`);
 *  - TENCENTCLOUD_SECRETID/KEY placeholders: the SDK refuses to send without credentials, and any real
 *                              credentials in the environment are replaced so they never reach the emulator;
 *  - TCB_ENV / SCF_NAMESPACE   what `tcb.init({ env: tcb.SYMBOL_CURRENT_ENV })` resolves the env id from;
 *  - TENCENTCLOUD=true         without it the SDK probes Tencent's metadata host (metadata.tencentyun.com)
 *                              before every request to guess whether it runs in Tencent Cloud; with it, it
 *                              does not. Its only other effect is a `tencentcloud` tag in a request header;
 *  - WX_API_TOKEN              the 云调用 token WeChat gives an invocation triggered from the mini-program;
 *                              the SDK sends it with every call and the emulator refuses 云调用 without it.
 *                              This process stands for mini-program-triggered invocations; timer runs
 *                              happen in a child process without it (local/jobs-timer.ts);
 *  - SUBSCRIBE_TEMPLATE_IDS    the functions' template ids, the `local` section of the configuration.
 */
export const PLACEHOLDER_SECRET_ID = 'local-emulator-secret-id';
export const PLACEHOLDER_SECRET_KEY = 'local-emulator-secret-key';

export function pointSdkAtEmulator(url: string, envId: string): void {
  process.env.TCB_CONTEXT_CNFG = JSON.stringify({ URL: url });
  process.env.TENCENTCLOUD_SECRETID = PLACEHOLDER_SECRET_ID;
  process.env.TENCENTCLOUD_SECRETKEY = PLACEHOLDER_SECRET_KEY;
  process.env.TENCENTCLOUD_SESSIONTOKEN = 'local-emulator-session-token';
  process.env.TCB_ENV = envId;
  process.env.SCF_NAMESPACE = envId;
  process.env.TENCENTCLOUD = 'true';
  process.env.WX_API_TOKEN = LOCAL_WX_API_TOKEN;
  // The SDK reads WX_API_TOKEN only through the key list WeChat sets beside it.
  process.env.WX_CONTEXT_KEYS = 'WX_API_TOKEN';
  process.env.SUBSCRIBE_TEMPLATE_IDS ??= JSON.stringify(localTemplateIds());
}

export const LOCAL_WX_API_TOKEN = 'local-miniprogram-invocation';

/**
 * Before the emulator's port is known: send anything the SDK might try to a closed local port (discard,
 * port 9) so that no call can ever reach Tencent's endpoint, even by accident.
 */
export function fenceSdkOffline(envId = 'local-offline'): void {
  pointSdkAtEmulator('http://127.0.0.1:9/admin', envId);
}
