import { Alert, Button, Progress, Typography } from 'antd';
import type { BatchState } from './useBatchExport';

/** The batch's progress while it runs, and what came of it afterwards. */
export function BatchExportStatus({ state, onCancel, onDismiss }: { state: BatchState; onCancel(): void; onDismiss(): void }) {
  if (state.phase === 'idle') return null;

  if (state.phase === 'running') {
    const step = Math.min(state.done + 1, state.total);
    return (
      <div data-testid="batch-progress" style={{ marginBottom: 16 }}>
        <div style={{ display: 'flex', alignItems: 'center', gap: 16 }}>
          <Typography.Text style={{ flex: 1 }}>
            {state.cancelling
              ? '正在取消……'
              : state.current
                ? `正在生成 ${step}/${state.total}：${state.current}`
                : `已生成 ${state.total} 份，正在保存……`}
          </Typography.Text>
          {state.current && (
            <Button size="small" onClick={onCancel} disabled={state.cancelling}>
              取消
            </Button>
          )}
        </div>
        <Progress percent={state.total ? Math.round((state.done / state.total) * 100) : 100} status="active" />
      </div>
    );
  }

  const { savedPath, saved, failed, cancelled } = state;
  const failedList =
    failed.length > 0 ? (
      <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
        {failed.map((f) => (
          <li key={f.title}>
            {f.title}
            <Typography.Text type="secondary">（{f.reason}）</Typography.Text>
          </li>
        ))}
      </ul>
    ) : undefined;

  let alert: { type: 'success' | 'info' | 'warning' | 'error'; title: string };
  if (cancelled) alert = { type: 'info', title: '已取消，没有保存文件。' };
  else if (saved === 0) alert = { type: 'error', title: '材料都没有生成成功，没有保存文件。' };
  else if (!savedPath) alert = { type: 'info', title: '没有保存：保存窗口已关闭。' };
  else if (failed.length > 0) alert = { type: 'warning', title: `已保存 ${saved} 份材料：${savedPath}。下面几份没有生成，请单独再试一次：` };
  else alert = { type: 'success', title: `已全部生成，共 ${saved} 份，保存在：${savedPath}` };

  return (
    <Alert
      data-testid="batch-result"
      type={alert.type}
      showIcon
      closable={{ onClose: onDismiss }}
      title={alert.title}
      description={cancelled ? undefined : failedList}
      style={{ marginBottom: 16 }}
    />
  );
}
