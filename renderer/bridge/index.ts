import type { Bridge } from '@shared/ipc/contract';
import { APP_VERSION } from '../version';
import { browserDeps, createBrowserBridge } from './browserBridge';

declare global {
  interface Window {
    /** Exposed by electron/preload in the desktop window. */
    pyt?: Bridge;
  }
}

/** The one place that knows whether we run in Electron or in a browser. */
export const bridge: Bridge = window.pyt ?? createBrowserBridge(browserDeps(APP_VERSION));
