/**
 * Points the unchanged @cloudbase/node-sdk at the emulator (TOOLCHAIN traps 9–11). The SDK reads these
 * from process.env on every request, so setting them before the first call is enough:
 *  - TCB_CONTEXT_CNFG.URL      the endpoint every API call is POSTed to (`<baseUrl>/admin?env=..&seqId=..`);
 *  - TENCENTCLOUD_SECRETID/KEY placeholders: the SDK refuses to send without credentials, and any real
 *                              credentials in the environment are replaced so they never reach the emulator;
 *  - TCB_ENV / SCF_NAMESPACE   what `tcb.init({ env: tcb.SYMBOL_CURRENT_ENV })` resolves the env id from;
 *  - TENCENTCLOUD=true         without it the SDK probes Tencent's metadata host (metadata.tencentyun.com)
 *                              before every request to guess whether it runs in Tencent Cloud; with it, it
 *                              does not. Its only other effect is a `tencentcloud` tag in a request header.
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
}

/**
 * Before the emulator's port is known: send anything the SDK might try to a closed local port (discard,
 * port 9) so that no call can ever reach Tencent's endpoint, even by accident.
 */
export function fenceSdkOffline(envId = 'local-offline'): void {
  pointSdkAtEmulator('http://127.0.0.1:9/admin', envId);
}
