import fsp from 'node:fs/promises';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openFiles, safeFileName, saveFile, type FileDeps, type FileDialogs } from './files';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyt-files-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function deps(dialog: Partial<FileDialogs>, fsOverrides: Partial<FileDeps['fs']> = {}): FileDeps {
  return {
    dialog: {
      showSaveDialog: vi.fn(async () => ({ canceled: true })),
      showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })),
      ...dialog,
    },
    fs: {
      writeFile: (f, d) => fsp.writeFile(f, d),
      rename: (a, b) => fsp.rename(a, b),
      rm: (f, o) => fsp.rm(f, o),
      stat: (f) => fsp.stat(f),
      readFile: (f) => fsp.readFile(f),
      readdir: (d) => fsp.readdir(d),
      ...fsOverrides,
    },
    documentsDir: '/home/user/文档',
    randomId: () => 'r1',
  };
}

const bytes = new Uint8Array([80, 75, 3, 4]);

describe('saveFile', () => {
  it('returns saved:false and writes nothing when the user cancels', async () => {
    const writeFile = vi.fn();
    const d = deps({}, { writeFile });
    await expect(saveFile(d, { suggestedName: '方案.docx', filters: [], data: bytes })).resolves.toEqual({ saved: false });
    expect(writeFile).not.toHaveBeenCalled();
  });

  it('suggests the name in Documents with the given filters', async () => {
    const showSaveDialog = vi.fn(async () => ({ canceled: true }));
    const filters = [{ name: 'Word 文档', extensions: ['docx'] }];
    await saveFile(deps({ showSaveDialog }), { suggestedName: '../../etc/分析评议方案.docx', filters, data: bytes });
    expect(showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({ defaultPath: path.join('/home/user/文档', '分析评议方案.docx'), filters }),
    );
  });

  it('writes a temp file beside the target and renames it over (atomic)', async () => {
    const target = path.join(dir, '报告.docx');
    fs.writeFileSync(target, 'old');
    const calls: string[] = [];
    const d = deps(
      { showSaveDialog: async () => ({ canceled: false, filePath: target }) },
      {
        writeFile: async (f, data) => {
          calls.push(`write ${path.basename(f)}`);
          await fsp.writeFile(f, data);
        },
        rename: async (a, b) => {
          calls.push(`rename ${path.basename(a)} -> ${path.basename(b)}`);
          await fsp.rename(a, b);
        },
      },
    );
    await expect(saveFile(d, { suggestedName: '报告.docx', filters: [], data: bytes })).resolves.toEqual({ saved: true, path: target });
    expect(calls).toEqual(['write .报告.docx.r1.tmp', 'rename .报告.docx.r1.tmp -> 报告.docx']);
    expect(new Uint8Array(fs.readFileSync(target))).toEqual(bytes);
    expect(fs.readdirSync(dir)).toEqual(['报告.docx']);
  });

  it('adds the extension when the user typed a bare name (GTK dialogs on Kylin/UOS)', async () => {
    const d = deps({ showSaveDialog: async () => ({ canceled: false, filePath: path.join(dir, '自查报告') }) });
    const filters = [{ name: 'Word 文档', extensions: ['docx'] }];
    await expect(saveFile(d, { suggestedName: '自查报告.docx', filters, data: bytes })).resolves.toEqual({
      saved: true,
      path: path.join(dir, '自查报告.docx'),
    });
    await expect(saveFile(d, { suggestedName: '自查报告.docx', filters, data: bytes })).resolves.toEqual({
      saved: true,
      path: path.join(dir, '自查报告（1）.docx'),
    });
  });

  it('keeps the old file and removes the temp when the rename fails (file open in Word)', async () => {
    const target = path.join(dir, '报告.docx');
    fs.writeFileSync(target, 'old');
    const d = deps(
      { showSaveDialog: async () => ({ canceled: false, filePath: target }) },
      { rename: async () => Promise.reject(Object.assign(new Error('busy'), { code: 'EBUSY' })) },
    );
    await expect(saveFile(d, { suggestedName: '报告.docx', filters: [], data: bytes })).rejects.toThrow(/Word\/WPS/);
    expect(fs.readFileSync(target, 'utf8')).toBe('old');
    expect(fs.readdirSync(dir)).toEqual(['报告.docx']);
  });
});

describe('openFiles', () => {
  it('returns no files when the user cancels', async () => {
    await expect(openFiles(deps({}), { filters: [], multiple: false })).resolves.toEqual({ files: [] });
  });

  it('reads the chosen files as plain Uint8Arrays, allowing several when asked', async () => {
    const a = path.join(dir, '名册.xlsx');
    const b = path.join(dir, 'b.pyt');
    fs.writeFileSync(a, Buffer.from([1, 2, 3]));
    fs.writeFileSync(b, Buffer.from([4]));
    const showOpenDialog = vi.fn(async () => ({ canceled: false, filePaths: [a, b] }));
    const result = await openFiles(deps({ showOpenDialog }), {
      filters: [{ name: 'Excel', extensions: ['xlsx'] }],
      multiple: true,
    });
    expect(showOpenDialog).toHaveBeenCalledWith(
      expect.objectContaining({ properties: ['openFile', 'multiSelections'], defaultPath: '/home/user/文档' }),
    );
    expect(result.files.map((f) => f.name)).toEqual(['名册.xlsx', 'b.pyt']);
    expect(result.files[0].data).toEqual(new Uint8Array([1, 2, 3]));
    expect(Buffer.isBuffer(result.files[0].data)).toBe(false);
  });

  it('refuses a file over the size limit with a Chinese message, without reading it', async () => {
    const big = path.join(dir, '大文件.zip');
    fs.writeFileSync(big, Buffer.alloc(2048));
    const readFile = vi.fn();
    const d = deps({ showOpenDialog: async () => ({ canceled: false, filePaths: [big] }) }, { readFile });
    await expect(openFiles(d, { filters: [], multiple: false }, 1024)).rejects.toThrow(/文件「大文件\.zip」太大/);
    expect(readFile).not.toHaveBeenCalled();
  });
});

describe('safeFileName', () => {
  it.each([
    ['分析评议方案.docx', '分析评议方案.docx'],
    ['a/b\\c.docx', 'c.docx'],
    ['a:b*?.docx', 'a_b__.docx'],
    ['..', '未命名'],
    ['  ', '未命名'],
  ])('%s → %s', (input, expected) => {
    expect(safeFileName(input)).toBe(expected);
  });
});
