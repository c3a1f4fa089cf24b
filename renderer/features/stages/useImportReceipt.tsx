import { useCallback } from 'react';
import { App } from 'antd';
import { RECEIPT_EXTENSION } from '@shared/bundle/receipt';
import { UserError } from '@shared/util/result';
import { useApp } from '../../app/context';
import { useUnit } from '../../app/unitContext';
import { useAction } from '../../app/useAction';
import { bridge } from '../../bridge';
import { withoutIpcPrefix } from '../../bridge/ipcErrors';
import { importReceipt } from '../../db/repos/receipts';

/**
 * Lets the secretary pick the 督导组's 验收回执 (.pytr) and records its acceptance (R-STAGE-ACCEPT):
 * checked against the 督导组 keys this PC trusts and this unit. A refusal is shown in a dialog
 * with its reason (nothing was written); the same receipt again is said to be already in.
 */
export function useImportReceipt() {
  const { db, settings } = useApp();
  const { unit, writeCtx } = useUnit();
  const { message, modal } = App.useApp();
  const run = useAction();
  return useCallback(
    () =>
      run(async () => {
        const { files } = await bridge.filesOpen({ filters: [{ name: '评议通验收回执', extensions: [RECEIPT_EXTENSION] }], multiple: false });
        const file = files[0];
        if (!file) return;
        try {
          const r = await importReceipt(db, unit.id, file.data, settings.trustedSupervisorKeys ?? [], writeCtx());
          if (r.kind === 'already') {
            void message.info({ content: `这份验收回执（${r.stageTitle}）已经导入过，没有改动。`, duration: 6 });
          } else {
            const { acceptance, receipt } = r;
            void message.success({
              content: `验收回执已核验并记录：${r.stageTitle}${acceptance.passed ? '验收合格' : '验收不合格，需补课'}（${receipt.group}）`,
              duration: 6,
            });
          }
        } catch (raw) {
          const e = withoutIpcPrefix(raw);
          if (!(e instanceof UserError)) throw e;
          modal.error({ title: `验收回执“${file.name}”未导入`, content: <span style={{ whiteSpace: 'pre-line' }}>{e.message}</span>, okText: '知道了' });
        }
      }),
    [run, db, unit.id, settings.trustedSupervisorKeys, writeCtx, message, modal],
  );
}
