import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_URL, createAppProtocolHandler, isAppPageUrl, resolveAppUrl } from './appProtocol';
import { CSP_NONCE_PLACEHOLDER, contentSecurityPolicy, cspMetaTags, fillNonce } from './csp';
import { fakeRendererFs } from './testFakes';

const ROOT = '/opt/pingyitong/resources/app.asar/dist/renderer';
const NONCE = 'MDEyMzQ1Njc4OWFiY2RlZg==';

describe('resolveAppUrl', () => {
  it('maps our URLs to files in the renderer folder, "/" to index.html, ignoring query and hash', () => {
    expect(resolveAppUrl(ROOT, APP_URL)).toEqual({ ok: true, file: `${ROOT}/index.html`, contentType: 'text/html; charset=utf-8' });
    expect(resolveAppUrl(ROOT, 'app://renderer/')).toMatchObject({ ok: true, file: `${ROOT}/index.html` });
    expect(resolveAppUrl(ROOT, 'app://renderer/index.html?x=1#/members')).toMatchObject({ ok: true, file: `${ROOT}/index.html` });
    expect(resolveAppUrl(ROOT, 'app://renderer/assets/index-Ck5MDa4x.js')).toEqual({
      ok: true,
      file: `${ROOT}/assets/index-Ck5MDa4x.js`,
      contentType: 'text/javascript; charset=utf-8',
    });
  });

  it.each([
    ['.css', 'text/css; charset=utf-8'],
    ['.svg', 'image/svg+xml'],
    ['.png', 'image/png'],
    ['.woff2', 'font/woff2'],
    ['.JSON', 'application/json; charset=utf-8'],
  ])('sets the Content-Type of %s', (ext, type) => {
    expect(resolveAppUrl(ROOT, `app://renderer/assets/a${ext}`)).toMatchObject({ ok: true, contentType: type });
  });

  it('decodes a Chinese file name', () => {
    expect(resolveAppUrl(ROOT, 'app://renderer/assets/%E8%AF%84%E8%AE%AE.png')).toMatchObject({
      ok: true,
      file: `${ROOT}/assets/评议.png`,
    });
  });

  it.each([
    ['another host', 'app://evil/index.html'],
    ['an empty host', 'app:///index.html'],
    ['a port', 'app://renderer:80/index.html'],
    ['a user', 'app://me@renderer/index.html'],
    ['another scheme', 'file:///opt/pingyitong/resources/app.asar/dist/renderer/index.html'],
    ['http', 'http://renderer/index.html'],
    ['dot-dot joined by encoded slashes', 'app://renderer/assets/..%2f..%2f..%2fetc/passwd.json'],
    ['an encoded slash', 'app://renderer/assets%2findex.js'],
    ['an encoded backslash', 'app://renderer/..%5c..%5csecret.js'],
    ['a raw backslash', 'app://renderer/..\\..\\secret.js'],
    ['an absolute path (empty segment)', 'app://renderer//etc/passwd.json'],
    ['an encoded absolute path', 'app://renderer/%2Fetc%2Fpasswd.json'],
    ['a drive letter', 'app://renderer/C:/Windows/win.ini.js'],
    ['an encoded drive letter', 'app://renderer/C%3A%5CWindows%5Cwin.js'],
    ['an NTFS stream', 'app://renderer/index.html::$DATA'],
    ['a NUL byte', 'app://renderer/index.html%00.js'],
    ['a trailing dot', 'app://renderer/index.html.'],
    ['a Windows device name', 'app://renderer/CON.js'],
    ['a Windows device name with a superscript digit', 'app://renderer/com%C2%B9.js'],
    ['a malformed escape', 'app://renderer/%E0%A4%A.js'],
    ['a folder', 'app://renderer/assets/'],
    ['a file type we do not build', 'app://renderer/assets/a.exe'],
    ['no extension', 'app://renderer/LICENSE'],
    ['not a URL', 'not a url'],
  ])('refuses %s', (_label, url) => {
    expect(resolveAppUrl(ROOT, url)).toEqual({ ok: false });
  });

  it('refuses escapes under Windows path rules too', () => {
    const root = 'C:\\Program Files\\评议通\\resources\\app.asar\\dist\\renderer';
    expect(resolveAppUrl(root, 'app://renderer/assets/a.js', path.win32)).toEqual({
      ok: true,
      file: `${root}\\assets\\a.js`,
      contentType: 'text/javascript; charset=utf-8',
    });
    for (const url of [
      'app://renderer/..%5C..%5C..%5Cpasswd.js',
      'app://renderer/C%3A%5Cx.js',
      'app://renderer/%5C%5Cserver%5Cshare%5Cx.js',
      'app://renderer/index.html%20',
      'app://renderer/aux.css',
      'app://renderer/x.js%3Astream',
    ]) {
      expect(resolveAppUrl(root, url, path.win32), url).toEqual({ ok: false });
    }
  });

  it('the URL parser turns dot segments, raw or %2e-encoded, into a path that stays inside', () => {
    for (const url of [
      'app://renderer/../../../etc/passwd.json',
      'app://renderer/%2e%2e/%2E%2E/etc/passwd.json',
      'app://renderer/.%2e/x.js',
      'app://renderer/%252e%252e/x.js',
    ]) {
      const resolved = resolveAppUrl(ROOT, url);
      if (resolved.ok) expect(resolved.file.startsWith(`${ROOT}/`), url).toBe(true);
    }
  });
});

describe('isAppPageUrl', () => {
  it('is our index.html at any hash route, and nothing else', () => {
    expect(isAppPageUrl(`${APP_URL}#/talks`)).toBe(true);
    expect(isAppPageUrl('app://renderer/assets/a.js')).toBe(false);
    expect(isAppPageUrl('file:///opt/dist/renderer/index.html')).toBe(false);
    expect(isAppPageUrl('javascript:alert(1)')).toBe(false);
    expect(isAppPageUrl('')).toBe(false);
  });
});

describe('createAppProtocolHandler', () => {
  const page = `<head>${cspMetaTags({ nonce: CSP_NONCE_PLACEHOLDER })}</head>`;
  const files = {
    [`${ROOT}/index.html`]: page,
    [`${ROOT}/assets/index.js`]: 'console.log(1)',
    [`${ROOT}/assets/link.js`]: 'never read',
    '/opt/pingyitong/secret.js': 'secret',
  };
  let nonces = 0;
  const handler = createAppProtocolHandler({
    rootDir: ROOT,
    ...fakeRendererFs(files, { [`${ROOT}/assets/link.js`]: '/opt/pingyitong/secret.js' }),
    randomNonce: () => `${NONCE.slice(0, -3)}${nonces++}==`,
  });
  const get = (url: string, method = 'GET') => handler({ url, method });

  it('serves index.html with a fresh nonce in its meta tags and in the CSP header', async () => {
    const first = await get(APP_URL);
    expect(first.status).toBe(200);
    expect(first.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(first.headers.get('X-Content-Type-Options')).toBe('nosniff');
    const policy = first.headers.get('Content-Security-Policy')!;
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce).toBeTruthy();
    const html = await first.text();
    expect(html).not.toContain(CSP_NONCE_PLACEHOLDER);
    expect(html).toContain(`nonce="${nonce}"`);
    expect(html).toContain(`'nonce-${nonce}'`);
    expect(policy.split('; ').filter((d) => d.includes('unsafe-inline'))).toEqual(["style-src-attr 'unsafe-inline'"]);
    expect(policy).toMatch(/style-src 'self' 'nonce-[^']+'; style-src-attr 'unsafe-inline'/);
    expect(policy).toContain("frame-ancestors 'none'");

    const second = await get(APP_URL);
    expect(second.headers.get('Content-Security-Policy')).not.toBe(policy);
  });

  it('serves a script with its type and the policy without a nonce', async () => {
    const response = await get('app://renderer/assets/index.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('Content-Security-Policy')).toBe(contentSecurityPolicy({ delivery: 'header' }));
    expect(await response.text()).toBe('console.log(1)');
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('app://renderer/assets/index.js', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBeNull();
    expect((await get('app://renderer/assets/index.js', 'POST')).status).toBe(405);
  });

  it('answers 404, with the strict policy, for a missing file, a refused URL and a symlink leading out', async () => {
    for (const url of [
      'app://renderer/assets/missing.js',
      'app://evil/index.html',
      'app://renderer/..%2fsecret.js',
      'app://renderer/assets/link.js',
    ]) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(response.headers.get('Content-Security-Policy'), url).toBe(contentSecurityPolicy({ delivery: 'header' }));
      expect(await response.text(), url).toBe('');
    }
  });
});

describe('createAppProtocolHandler on a real folder', () => {
  let dir: string;
  let handler: ReturnType<typeof createAppProtocolHandler>;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyt-app-protocol-'));
    const root = path.join(dir, 'renderer');
    fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(root, 'index.html'), '<p>ok</p>');
    fs.writeFileSync(path.join(root, 'assets', 'a.js'), 'ok');
    fs.writeFileSync(path.join(dir, 'secret.js'), 'secret');
    fs.mkdirSync(path.join(dir, 'outside'));
    fs.writeFileSync(path.join(dir, 'outside', 'b.js'), 'secret');
    fs.symlinkSync(path.join(dir, 'secret.js'), path.join(root, 'assets', 'link.js'));
    fs.symlinkSync(path.join(dir, 'outside'), path.join(root, 'linked'), 'dir');
    handler = createAppProtocolHandler({
      rootDir: root,
      readFile: (file) => fsp.readFile(file),
      realpath: (file) => fsp.realpath(file),
      randomNonce: () => NONCE,
    });
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('serves files inside the folder and nothing a symlink leads to outside it', async () => {
    expect(await (await handler({ url: 'app://renderer/assets/a.js', method: 'GET' })).text()).toBe('ok');
    expect((await handler({ url: 'app://renderer/assets/link.js', method: 'GET' })).status).toBe(404);
    expect((await handler({ url: 'app://renderer/linked/b.js', method: 'GET' })).status).toBe(404);
    expect((await handler({ url: 'app://renderer/assets', method: 'GET' })).status).toBe(404);
  });
});

describe('the policy', () => {
  it('puts the nonce in style-src and never allows inline <style> without it', () => {
    const policy = contentSecurityPolicy({ nonce: NONCE, delivery: 'header' });
    const styleSrc = policy.split('; ').find((d) => d.startsWith('style-src '));
    expect(styleSrc).toBe(`style-src 'self' 'nonce-${NONCE}'`);
    expect(policy).not.toMatch(/unsafe-eval|\*/);
    expect(policy.split('; ').filter((d) => d.includes('unsafe-inline'))).toEqual(["style-src-attr 'unsafe-inline'"]);
  });

  it('keeps frame-ancestors out of the meta tag (ignored there) and the websocket out of the built app', () => {
    expect(contentSecurityPolicy({ delivery: 'meta' })).not.toContain('frame-ancestors');
    expect(contentSecurityPolicy({ delivery: 'header' })).not.toContain('ws:');
    expect(contentSecurityPolicy({ delivery: 'meta', devServer: true })).toContain('ws://127.0.0.1:*');
  });

  it('refuses a nonce that is short or not base64, so a bad one cannot slip into the policy', () => {
    expect(() => contentSecurityPolicy({ nonce: "x' 'unsafe-inline", delivery: 'header' })).toThrow();
    expect(() => contentSecurityPolicy({ nonce: 'abc', delivery: 'header' })).toThrow();
    expect(() => fillNonce('x', 'short')).toThrow();
  });

  it('fills every placeholder of the page', () => {
    const html = cspMetaTags({ nonce: CSP_NONCE_PLACEHOLDER });
    expect(html.split(CSP_NONCE_PLACEHOLDER)).toHaveLength(3);
    const filled = fillNonce(html, NONCE);
    expect(filled).not.toContain(CSP_NONCE_PLACEHOLDER);
    expect(filled).toContain(`<meta property="csp-nonce" nonce="${NONCE}" />`);
  });
});
