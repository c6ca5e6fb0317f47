/**
 * Stands in for zod's `locales/index.js` in the app bundles (config/index.ts). zod's `z` namespace
 * re-exports every language's messages (about 340 KB of source), and the mini-program ships none of
 * them: issues are worded in Chinese by contract/zod-messages.ts, and zod's English default is loaded
 * by its schemas module directly, not through this index. Nothing reads `z.locales` in our code; if a
 * future line did, it would find this empty namespace and fail loudly in the tests that run the build.
 */
export {};
