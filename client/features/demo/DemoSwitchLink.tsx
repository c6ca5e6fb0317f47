/** weapp: there are no demo identities; the reader is who WeChat says. See DemoSwitchLink.h5.tsx. */
export function DemoSwitchLink() {
  return null;
}
