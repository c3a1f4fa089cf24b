import type { Bridge } from '@shared/ipc/contract';
import { browserDeps, createBrowserBridge } from './browserBridge';

declare global {
  interface Window {
    /** Exposed by electron/preload in the desktop window. */
    pyt?: Bridge;
  }
}

declare const __APP_VERSION__: string;

/** The one place that knows whether we run in Electron or in a browser. */
export const bridge: Bridge = window.pyt ?? createBrowserBridge(browserDeps(__APP_VERSION__));
