declare const __APP_VERSION__: string;

/** package.json's version, put in by Vite (`define` in vite.config.ts). */
export const APP_VERSION: string = __APP_VERSION__;
