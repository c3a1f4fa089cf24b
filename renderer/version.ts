declare const __APP_VERSION__: string;

/**
 * package.json's version, put in by Vite (`define` in vite.config.ts); 'dev' where the code runs
 * without Vite (the benches, under tsx).
 */
export const APP_VERSION: string = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : 'dev';
