import { App } from 'antd';
import { useCallback } from 'react';
import { UserError } from '@shared/util/result';
import { withoutIpcPrefix } from '../bridge/ipcErrors';

/**
 * Runs a user action: success shows a short message; a UserError shows its Chinese message
 * (nothing was changed); anything else says the data was left as it was.
 */
export function useAction() {
  const { message, modal } = App.useApp();
  return useCallback(
    async <T,>(fn: () => Promise<T>, success?: string): Promise<T | undefined> => {
      try {
        const r = await fn();
        if (success) void message.success(success);
        return r;
      } catch (raw) {
        const e = withoutIpcPrefix(raw);
        if (e instanceof UserError || (e instanceof Error && e.name === 'UserError')) {
          void message.error({ content: e.message, duration: 6 });
        } else {
          modal.error({
            title: '操作没有完成',
            content: `数据保持原样，没有改动。原因：${e instanceof Error ? e.message : String(e)}`,
          });
        }
        return undefined;
      }
    },
    [message, modal],
  );
}
