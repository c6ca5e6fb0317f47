/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.scss';

/** CloudBase environment id, injected at build time from the CLOUD_ENV_ID env var (config/index.ts). */
declare const CLOUD_ENV_ID: string;

/** Subscribe-message template ids of this build's environment (config/subscribe-templates.json, via config/index.ts). */
declare const SUBSCRIBE_TEMPLATE_IDS: Partial<Record<import('../cloudfunctions/contract/templates').TemplateKey, string>>;
