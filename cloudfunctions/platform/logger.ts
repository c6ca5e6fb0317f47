/**
 * Where server-side failures are written. Its own module so that deps.ts (which gathers every port) and the
 * ports themselves (notifier.ts) both depend on it, never on each other.
 */
export interface Logger {
  error(message: string, detail: Record<string, unknown>): void;
}

export const consoleLogger: Logger = {
  // Server-side only: stacks and context stay in the function's log, never in a response.
  error: (message, detail) => console.error(`[yinling] ${message}`, detail),
};
