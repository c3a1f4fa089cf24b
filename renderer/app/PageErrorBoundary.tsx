import { Component, type ReactNode } from 'react';
import { Button, Result, Space } from 'antd';

interface Props {
  children: ReactNode;
  /** Called once when a page fails, e.g. to stop the start page from reopening this unit. */
  onError?(error: Error): void;
  /** Where the user can go instead: another unit, a backup. */
  onChooseUnit(): void;
}

/**
 * A page that fails shows what happened and a way out — another unit, a backup, a reload —
 * instead of a dead end. The header and the unit switcher around it keep working.
 */
export class PageErrorBoundary extends Component<Props, { error: Error | null }> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  componentDidCatch(error: Error) {
    this.props.onError?.(error);
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <Result
        status="warning"
        title="这一页无法显示"
        subTitle={`已保存的数据没有改动。可以换一个单位继续工作，或从备份恢复本单位。请把这段信息告诉技术人员：${error.message.slice(0, 200)}`}
        extra={
          <Space>
            <Button type="primary" onClick={this.props.onChooseUnit} data-testid="error-choose-unit">
              选择其他单位或从备份恢复
            </Button>
            <Button onClick={() => window.location.reload()}>重新加载</Button>
          </Space>
        }
      />
    );
  }
}
