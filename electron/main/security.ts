import { isAppOriginUrl, isAppPageUrl } from './appProtocol';
import { contentSecurityPolicy } from './csp';

/**
 * The policy for any response that is not ours. Our app:// handler sends its own header, with the
 * page's nonce; everything else (nothing should load, the window never leaves app://) gets the
 * strictest variant: no inline <style> at all.
 */
export const FALLBACK_CONTENT_SECURITY_POLICY = contentSecurityPolicy({ delivery: 'header' });

/**
 * Writing to the clipboard (navigator.clipboard.writeText, e.g. antd's copy buttons) is harmless
 * and asked by our own page only; camera, location, notifications, opening links are not needed.
 */
const ALLOWED_PERMISSIONS = new Set(['clipboard-sanitized-write']);

type HeadersDetails = { url: string; responseHeaders?: Record<string, string[] | string> };
type HeadersCallback = (response: { responseHeaders?: Record<string, string[] | string> }) => void;

/** The parts of Electron's Session we configure. */
export type SessionLike = {
  webRequest: { onHeadersReceived(listener: (details: HeadersDetails, callback: HeadersCallback) => void): void };
  setPermissionRequestHandler(
    handler: (
      webContents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
      details: { requestingUrl?: string },
    ) => void,
  ): void;
  setPermissionCheckHandler(
    handler: (webContents: unknown, permission: string, requestingOrigin: string, details: { requestingUrl?: string }) => boolean,
  ): void;
};

type PreventableEvent = { preventDefault(): void };
/** Electron's will-frame-navigate event: the details are on the event itself. */
export type FrameNavigateEvent = PreventableEvent & { url: string; isMainFrame: boolean };

/** The parts of Electron's WebContents we lock down. */
export type WebContentsLike = {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: PreventableEvent, url: string) => void): void;
  on(event: 'will-frame-navigate', listener: (event: FrameNavigateEvent) => void): void;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): void;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
};

function isAllowedPermission(permission: string, requestingUrl: string | undefined): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && requestingUrl !== undefined && isAppOriginUrl(requestingUrl);
}

export function hardenSession(session: SessionLike): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    // Our handler's header carries the page's nonce; replacing it would refuse antd's styles.
    if (isAppOriginUrl(details.url)) {
      callback({ responseHeaders: details.responseHeaders });
      return;
    }
    const headers = { ...details.responseHeaders };
    for (const key of Object.keys(headers)) {
      if (key.toLowerCase() === 'content-security-policy') delete headers[key];
    }
    headers['Content-Security-Policy'] = [FALLBACK_CONTENT_SECURITY_POLICY];
    callback({ responseHeaders: headers });
  });
  session.setPermissionRequestHandler((_webContents, permission, callback, details) => {
    callback(isAllowedPermission(permission, details?.requestingUrl));
  });
  session.setPermissionCheckHandler((_webContents, permission, requestingOrigin) =>
    isAllowedPermission(permission, requestingOrigin),
  );
}

/**
 * The window shows our page and nothing else: no navigation away (of the page or of any frame),
 * no redirects, no pop-up windows, no webviews. Links to the web are refused too; this app runs
 * offline.
 */
export function hardenWebContents(contents: WebContentsLike): void {
  const stayHome = (event: PreventableEvent, url: string) => {
    if (!isAppPageUrl(url)) event.preventDefault();
  };
  contents.on('will-navigate', stayHome);
  contents.on('will-redirect', stayHome);
  // The page has no frames of its own (CSP frame-src 'none'), so a frame navigating is refused
  // outright; the main frame may only go to our page.
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame || !isAppPageUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
