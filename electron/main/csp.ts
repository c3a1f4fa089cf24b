// The one Content-Security-Policy of the renderer. No imports: vite.config.ts uses it for the
// meta tag (dev server, built index.html, `vite preview`) and the app:// handler for its header.

/**
 * Stands in index.html for the per-load nonce until whoever serves the page (the app://
 * handler, the dev server, `vite preview`) puts a fresh one in. The braces make it an invalid
 * nonce source, so a page served without that step fails closed: Chromium ignores the source
 * and antd's <style> elements are refused, rather than a fixed, public nonce being honoured.
 */
export const CSP_NONCE_PLACEHOLDER = '{{PYT_CSP_NONCE}}';

/** A nonce source must be base64 or base64url; anything else would silently widen nothing or break the policy. */
const NONCE_PATTERN = /^[A-Za-z0-9+/_-]{16,}={0,2}$/;

export type CspOptions = {
  /** The per-load nonce antd's CSS-in-JS puts on its <style> elements; without one no inline <style> is allowed. */
  nonce?: string;
  /** Vite's dev server reloads over a websocket; the built app has none. */
  devServer?: boolean;
  /**
   * A <meta> policy may not carry frame-ancestors (Chromium ignores it there with a warning);
   * the header does.
   */
  delivery: 'header' | 'meta';
};

export function isValidNonce(nonce: string): boolean {
  return NONCE_PATTERN.test(nonce);
}

export function contentSecurityPolicy({ nonce, devServer = false, delivery }: CspOptions): string {
  if (nonce !== undefined && nonce !== CSP_NONCE_PLACEHOLDER && !isValidNonce(nonce)) {
    throw new Error('A CSP nonce must be at least 16 base64 characters.');
  }
  return [
    "default-src 'self'",
    "script-src 'self'",
    // <style> elements only from our origin or with this load's nonce: antd 6 writes its
    // CSS-in-JS into <style nonce> elements (ConfigProvider csp in renderer/app/Root.tsx).
    // Two rc-components helpers write <style> without a nonce and are refused (a console
    // message each): the scrollbar measurement of @rc-component/util getScrollBarSize (empty
    // unless scrollbars are restyled, so nothing is lost) and the scroll lock of
    // @rc-component/portal (`html body { overflow-y: hidden }` while a Modal or Drawer is open),
    // so the page behind an open dialog can still be scrolled. Allowing them would mean
    // 'unsafe-inline' for every <style>, i.e. no protection at all.
    nonce ? `style-src 'self' 'nonce-${nonce}'` : "style-src 'self'",
    // Style *attributes* cannot carry a nonce. React sets `style` props through CSSOM, which CSP
    // does not govern, but rc-components writes markup attributes: Input.TextArea autoSize
    // measures with a hidden textarea given `setAttribute('style', …)` (@rc-component/input
    // calculateNodeHeight). Refusing that attribute leaves the measuring textarea visible and the
    // height wrong, so attributes stay allowed. An attribute cannot load anything (img-src and
    // font-src still apply to url()) nor run script; <style> elements, which can, need the nonce.
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    devServer ? "connect-src 'self' ws://127.0.0.1:* ws://localhost:*" : "connect-src 'self'",
    "worker-src 'self' blob:",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    ...(delivery === 'header' ? ["frame-ancestors 'none'"] : []),
  ].join('; ');
}

/** Puts `nonce` wherever index.html holds the placeholder (the CSP meta tag and the csp-nonce meta tag). */
export function fillNonce(html: string, nonce: string): string {
  if (!isValidNonce(nonce)) throw new Error('A CSP nonce must be at least 16 base64 characters.');
  return html.split(CSP_NONCE_PLACEHOLDER).join(nonce);
}

/**
 * The tags vite.config.ts puts first in <head>: the policy, and the nonce where antd (and Vite's
 * dev client) read it, `meta[property=csp-nonce]`'s `nonce` property. Chromium hides a nonce
 * attribute's value from the DOM once parsed, so only that property reveals it.
 */
export function cspMetaTags(options: { nonce: string; devServer?: boolean }): string {
  const policy = contentSecurityPolicy({ ...options, delivery: 'meta' });
  return [
    `<meta http-equiv="Content-Security-Policy" content="${policy}" />`,
    `<meta property="csp-nonce" nonce="${options.nonce}" />`,
  ].join('\n    ');
}
