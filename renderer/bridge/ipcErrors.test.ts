import { describe, expect, it } from 'vitest';
import { UserError } from '@shared/util/result';
import { withoutIpcPrefix } from './ipcErrors';

describe('errors from the main process', () => {
  it('shows only the Chinese message of an error thrown in main', () => {
    const e = withoutIpcPrefix(new Error("Error invoking remote method 'app:files.save': Error: 无法保存：文件可能正在被 Word/WPS 打开"));
    expect(e).toBeInstanceOf(UserError);
    expect((e as Error).message).toBe('无法保存：文件可能正在被 Word/WPS 打开');
  });

  it('leaves other errors as they are', () => {
    const e = new TypeError('x is undefined');
    expect(withoutIpcPrefix(e)).toBe(e);
    expect(withoutIpcPrefix('text')).toBe('text');
  });
});
