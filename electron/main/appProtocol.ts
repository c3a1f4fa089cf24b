import path from 'node:path';
import { contentSecurityPolicy, fillNonce } from './csp';

/**
 * The built renderer is served from app://renderer/, never file://: a file:// page may read
 * other local files and shares its origin with every one of them, while app://renderer is an
 * origin of its own that can reach only what the handler below hands out.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'renderer';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The only page the window may show (any hash route). */
export const APP_URL = `${APP_ORIGIN}/index.html`;

/**
 * Registered before `ready`. standard: relative URLs, an origin, and 'self' in the CSP work as
 * for https; secure: a secure context (no mixed-content downgrade, crypto.subtle); supportFetchAPI:
 * fetch() and module scripts. Not bypassCSP, not corsEnabled (other origins may not read it).
 */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
} as const;

/** What the renderer folder holds after `vite build`; anything else is not served. */
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

type PathApi = Pick<typeof path, 'join' | 'relative' | 'isAbsolute' | 'extname' | 'sep'>;

export type ResolvedAppUrl = { ok: true; file: string; contentType: string } | { ok: false };

/** True when `url` is our page, whatever its hash route or query; nothing else is. */
export function isAppPageUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (
      parsed.protocol === `${APP_SCHEME}:` &&
      parsed.host === APP_HOST &&
      parsed.username === '' &&
      parsed.password === '' &&
      parsed.pathname === '/index.html'
    );
  } catch {
    return false;
  }
}

/** True for any URL of our origin (a permission asked by our page, a response of our handler). */
export function isAppOriginUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}

/** Names Windows opens as devices wherever they appear in a path, whatever the extension. */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9\u00b9\u00b2\u00b3]|lpt[0-9\u00b9\u00b2\u00b3])(\.|$)/i;

/** A segment that could leave the folder or mean something to Windows (drive, stream, device). */
function isUnsafeSegment(segment: string): boolean {
  return (
    segment === '' ||
    segment === '.' ||
    segment === '..' ||
    /[/\\:]/.test(segment) ||
    // NUL and other control characters: no built file has them; they truncate or confuse paths.
    [...segment].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f) ||
    // Windows drops trailing dots and spaces ("index.html." is index.html); no file of ours ends so.
    /[. ]$/.test(segment) ||
    WINDOWS_DEVICE.test(segment)
  );
}

/**
 * Maps an app:// URL to a file in `rootDir`, or refuses it. Only our host; the path is decoded
 * one segment at a time so that an encoded "/" or "\" (%2f, %5c) stays inside its segment and
 * is refused there, and "..", "%2e%2e", empty segments ("//" would make it absolute) and drive
 * letters are refused before any path is joined. Query and hash are ignored; "/" is index.html.
 * Symlinks are checked by the handler, which can ask the file system.
 */
export function resolveAppUrl(rootDir: string, url: string, pathApi: PathApi = path): ResolvedAppUrl {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false };
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST || parsed.username || parsed.password) {
    return { ok: false };
  }
  const rawPath = parsed.pathname === '/' ? '/index.html' : parsed.pathname;
  if (!rawPath.startsWith('/')) return { ok: false };

  const segments: string[] = [];
  for (const raw of rawPath.slice(1).split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return { ok: false };
    }
    if (isUnsafeSegment(segment)) return { ok: false };
    segments.push(segment);
  }

  const contentType = CONTENT_TYPES[pathApi.extname(segments[segments.length - 1]).toLowerCase()];
  if (!contentType) return { ok: false };

  const file = pathApi.join(rootDir, ...segments);
  if (!isInside(rootDir, file, pathApi)) return { ok: false };
  return { ok: true, file, contentType };
}

function isInside(rootDir: string, file: string, pathApi: PathApi): boolean {
  const relative = pathApi.relative(rootDir, file);
  return relative !== '' && !relative.startsWith(`..${pathApi.sep}`) && relative !== '..' && !pathApi.isAbsolute(relative);
}

export type AppProtocolDeps = {
  /** The built renderer folder (dist/renderer); nothing outside it is served. */
  rootDir: string;
  readFile(file: string): Promise<Uint8Array>;
  /** Resolves symlinks, so a link inside the folder pointing outside it is refused. */
  realpath(file: string): Promise<string>;
  /** A fresh nonce per page load: at least 16 random bytes, base64. */
  randomNonce(): string;
  pathApi?: PathApi;
};

/** The parts of the Fetch API Request that `protocol.handle` passes. */
export type AppRequest = { url: string; method: string };

function headers(contentType: string | undefined, policy: string): Headers {
  const result = new Headers({
    'Content-Security-Policy': policy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  });
  if (contentType) result.set('Content-Type', contentType);
  return result;
}

/**
 * The `protocol.handle('app', …)` handler: GET (and HEAD) of files inside `rootDir` only, each
 * with its Content-Type and the CSP header. index.html gets a fresh nonce per load, written into
 * its meta tags and into the header's style-src; other files get the policy without a nonce.
 */
export function createAppProtocolHandler(deps: AppProtocolDeps): (request: AppRequest) => Promise<Response> {
  const pathApi = deps.pathApi ?? path;
  const strictPolicy = contentSecurityPolicy({ delivery: 'header' });
  const notFound = () => new Response(null, { status: 404, headers: headers(undefined, strictPolicy) });

  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response(null, { status: 405, headers: headers(undefined, strictPolicy) });
    }
    const resolved = resolveAppUrl(deps.rootDir, request.url, pathApi);
    if (!resolved.ok) return notFound();
    try {
      const [realRoot, realFile] = await Promise.all([deps.realpath(deps.rootDir), deps.realpath(resolved.file)]);
      if (!isInside(realRoot, realFile, pathApi)) return notFound();
      const body = await deps.readFile(realFile);
      const isPage = resolved.contentType.startsWith('text/html');
      if (!isPage) {
        // A copy: Response takes only ArrayBuffer-backed bytes, and Node's Buffer type may be shared.
        const bytes = request.method === 'HEAD' ? null : new Uint8Array(body);
        return new Response(bytes, { status: 200, headers: headers(resolved.contentType, strictPolicy) });
      }
      const nonce = deps.randomNonce();
      const html = fillNonce(new TextDecoder().decode(body), nonce);
      const policy = contentSecurityPolicy({ nonce, delivery: 'header' });
      return new Response(request.method === 'HEAD' ? null : html, { status: 200, headers: headers(resolved.contentType, policy) });
    } catch {
      // Missing file, a folder, an unreadable file: all the same to the page.
      return notFound();
    }
  };
}
