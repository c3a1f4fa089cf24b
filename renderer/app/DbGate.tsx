import { useEffect, useState, type ReactNode } from 'react';
import { App, Button, Result, Spin } from 'antd';
import type { PytDb } from '../db/db';
import { guardDatabase } from '../db/guard';

/**
 * Opens the database before anything reads it, and keeps watch over it: a database newer than
 * this build, an upgrade made in another window, or an upgrade blocked by another window each
 * get a message in Chinese and a way on, never a silent failure or a silent reopen.
 */
export function DbGate({ db, children }: { db: PytDb; children: ReactNode }) {
  const { notification } = App.useApp();
  const [state, setState] = useState<{ kind: 'opening' } | { kind: 'open' } | { kind: 'failed'; message: string } | { kind: 'reload'; message: string }>({
    kind: 'opening',
  });
  useEffect(() => {
    guardDatabase(db, {
      onVersionChange: (message) => setState({ kind: 'reload', message }),
      onBlocked: (message) => notification.warning({ key: 'db-blocked', title: '数据升级在等待', description: message, duration: 0 }),
    });
    db.open().then(
      () => setState((s) => (s.kind === 'opening' ? { kind: 'open' } : s)),
      (e: unknown) => setState({ kind: 'failed', message: e instanceof Error ? e.message : String(e) }),
    );
  }, [db, notification]);

  if (state.kind === 'opening') return <Spin size="large" style={{ margin: 80 }} />;
  if (state.kind === 'failed') {
    return <Result status="error" title="数据无法打开" subTitle={state.message} data-testid="db-failed" />;
  }
  if (state.kind === 'reload') {
    return (
      <Result
        status="info"
        title="请重新加载"
        subTitle={state.message}
        data-testid="db-reload"
        extra={
          <Button type="primary" onClick={() => window.location.reload()}>
            重新加载
          </Button>
        }
      />
    );
  }
  return children;
}
