/**
 * Back-end set-up at app launch. Platform-split like the transport: `init.weapp.ts` initialises
 * CloudBase; H5 needs nothing (the gateway is same-origin).
 */
export function initBackend(): void {
  // nothing to do on H5
}
