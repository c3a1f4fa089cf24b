import { UserError } from '@shared/util/result';

/**
 * Electron prefixes errors thrown in the main process ("Error invoking remote method
 * 'app:files.save': Error: 无法保存…"); the user should read only the Chinese message.
 */
export function withoutIpcPrefix(e: unknown): unknown {
  if (!(e instanceof Error)) return e;
  const m = /^Error invoking remote method '[^']*': (?:\w*Error: )?([\s\S]*)$/.exec(e.message);
  return m ? new UserError(m[1]) : e;
}
