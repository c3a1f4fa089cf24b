import fsp from 'node:fs/promises';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openFiles, openFolder, type FileDeps } from './files';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyt-folder-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function deps(picked: string | null): FileDeps & { dialog: { showOpenDialog: ReturnType<typeof vi.fn> } } {
  return {
    dialog: {
      showSaveDialog: vi.fn(async () => ({ canceled: true })),
      showOpenDialog: vi.fn(async () => (picked ? { canceled: false, filePaths: [picked] } : { canceled: true, filePaths: [] })),
    },
    fs: {
      writeFile: (f, d) => fsp.writeFile(f, d),
      rename: (a, b) => fsp.rename(a, b),
      rm: (f, o) => fsp.rm(f, o),
      stat: (f) => fsp.stat(f),
      readFile: (f) => fsp.readFile(f),
      readdir: (d) => fsp.readdir(d),
    },
    documentsDir: '/home/user/文档',
  };
}

const bundles = [{ name: '单位数据包', extensions: ['pytb'] }];

describe('opening a folder (app:files.open with directory: true)', () => {
  it('asks for a folder and returns the files directly in it with a wanted extension, in name order', async () => {
    fs.writeFileSync(path.join(dir, '第二支部.pytb'), 'b');
    fs.writeFileSync(path.join(dir, '第一支部.PYTB'), 'a');
    fs.writeFileSync(path.join(dir, '说明.txt'), 'x');
    fs.writeFileSync(path.join(dir, '.隐藏.pytb'), 'h');
    fs.mkdirSync(path.join(dir, '旧'));
    fs.writeFileSync(path.join(dir, '旧', '第三支部.pytb'), 'c');
    fs.mkdirSync(path.join(dir, '文件夹.pytb'));
    const d = deps(dir);
    const r = await openFiles(d, { filters: bundles, multiple: false, directory: true });
    expect(d.dialog.showOpenDialog).toHaveBeenCalledWith(expect.objectContaining({ properties: ['openDirectory'] }));
    const expected = ['第二支部.pytb', '第一支部.PYTB'].sort((a, b) => a.localeCompare(b, 'zh-CN'));
    expect(r.files.map((f) => f.name)).toEqual(expected);
    expect(r.files.map((f) => new TextDecoder().decode(f.data))).toEqual(expected.map((n) => (n.startsWith('第一') ? 'a' : 'b')));
    expect(Object.getPrototypeOf(r.files[0].data)).toBe(Uint8Array.prototype);
  });

  it('returns nothing when the user cancels', async () => {
    await expect(openFiles(deps(null), { filters: bundles, multiple: false, directory: true })).resolves.toEqual({ files: [] });
  });

  it('refuses a folder over the limits, reading none of it, and asks to split it', async () => {
    for (let i = 0; i < 4; i++) fs.writeFileSync(path.join(dir, `${i}.pytb`), 'abcd');
    const d = deps(dir);
    const readFile = vi.spyOn(d.fs, 'readFile');
    await expect(openFolder(d, { filters: bundles, multiple: false, directory: true }, 100, { files: 3, bytes: 1000 })).rejects.toThrow(/分批打开/);
    await expect(openFolder(d, { filters: bundles, multiple: false, directory: true }, 100, { files: 10, bytes: 10 })).rejects.toThrow(/分批打开/);
    await expect(openFolder(d, { filters: bundles, multiple: false, directory: true }, 3, { files: 10, bytes: 1000 })).rejects.toThrow(/太大/);
    expect(readFile).not.toHaveBeenCalled();
  });
});
