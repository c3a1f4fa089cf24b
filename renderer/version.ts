declare const __APP_VERSION__: string;
declare const __BUILD_ID__: string;

/**
 * package.json's version, put in by Vite (`define` in vite.config.ts); 'dev' where the code runs
 * without Vite (the benches, under tsx).
 */
export const APP_VERSION: string = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : 'dev';

/**
 * This build: the version and when it was built (`define` in vite.config.ts), so what one build
 * kept on disk from its own computations is not trusted by another; 'dev' without Vite.
 */
export const BUILD_ID: string = typeof __BUILD_ID__ === 'string' ? __BUILD_ID__ : 'dev';
