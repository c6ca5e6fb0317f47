/**
 * H5 (and tests): no camera scanner in a browser tab; the page offers typing the code instead.
 * The weapp file beside this one scans with WeChat's scanner.
 */
export const canScan = false;

export const scanDeskQr = async (): Promise<string | null> => null;
