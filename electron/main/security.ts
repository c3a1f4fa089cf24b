import { documentUrl } from './ipc';

/**
 * The same policy as the meta tag in renderer/index.html, minus the dev-server websocket.
 * Chromium does not run webRequest for file:// loads, so for the packaged app the meta tag is
 * what applies; the header covers anything else the window might load.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Writing to the clipboard (copy buttons) is harmless; camera, location, notifications are not needed. */
const ALLOWED_PERMISSIONS = new Set(['clipboard-sanitized-write']);

type HeadersDetails = { responseHeaders?: Record<string, string[] | string> };
type HeadersCallback = (response: { responseHeaders?: Record<string, string[] | string> }) => void;

/** The parts of Electron's Session we configure. */
export type SessionLike = {
  webRequest: { onHeadersReceived(listener: (details: HeadersDetails, callback: HeadersCallback) => void): void };
  setPermissionRequestHandler(
    handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string) => boolean): void;
};

type PreventableEvent = { preventDefault(): void };

/** The parts of Electron's WebContents we lock down. */
export type WebContentsLike = {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: PreventableEvent, url: string) => void): void;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): void;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
};

export function hardenSession(session: SessionLike): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers = { ...details.responseHeaders };
    for (const key of Object.keys(headers)) {
      if (key.toLowerCase() === 'content-security-policy') delete headers[key];
    }
    headers['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
    callback({ responseHeaders: headers });
  });
  session.setPermissionRequestHandler((_webContents, permission, callback) => {
    callback(ALLOWED_PERMISSIONS.has(permission));
  });
  session.setPermissionCheckHandler((_webContents, permission) => ALLOWED_PERMISSIONS.has(permission));
}

/** True when `url` is our own page (any hash route); the only place the window may go. */
export function isAppUrl(url: string, appUrl: string): boolean {
  const doc = documentUrl(url);
  return doc !== '' && doc === documentUrl(appUrl);
}

/**
 * The window shows our page and nothing else: no navigation away, no pop-up windows, no
 * webviews. Links to the web are refused too; this app runs offline.
 */
export function hardenWebContents(contents: WebContentsLike, appUrl: string): void {
  const stayHome = (event: PreventableEvent, url: string) => {
    if (!isAppUrl(url, appUrl)) event.preventDefault();
  };
  contents.on('will-navigate', stayHome);
  contents.on('will-redirect', stayHome);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
