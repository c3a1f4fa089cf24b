import { Card, Checkbox, Progress, Space, Tag, Tooltip, Typography } from 'antd';
import { CheckCircleFilled, ClockCircleOutlined } from '@ant-design/icons';
import type { DashboardStep } from '@shared/campaign/dashboard';
import { formatChineseDate } from '@shared/util/dates';
import { useApp } from '../../app/context';
import { useUnit } from '../../app/unitContext';
import { useAction } from '../../app/useAction';
import { setTick } from '../../db/repos/campaign';
import { featurePage } from '../../app/features';
import { SimpleList, SimpleListItem } from '../../app/SimpleList';

/** One step of the focus stage with its checklist; computed items cannot be ticked by hand. */
export function StepCard({ step, locked, onGo }: { step: DashboardStep; locked: boolean; onGo(feature: string | undefined): void }) {
  const { db } = useApp();
  const { unit, writeCtx } = useUnit();
  const run = useAction();
  const pct = step.progress.total ? Math.round((step.progress.done / step.progress.total) * 100) : 0;
  return (
    <Card
      size="small"
      title={step.title}
      extra={<Progress percent={pct} size="small" style={{ width: 140, margin: 0 }} format={() => `${step.progress.done}/${step.progress.total}`} />}
    >
      <SimpleList
        size="small"
        items={step.items}
        rowKey={(i) => i.id}
        renderItem={(i) => (
          <SimpleListItem>
            <Space align="start" style={{ width: '100%', justifyContent: 'space-between' }}>
              {i.computed ? (
                // Computed from the data: shown as a status, never ticked by hand.
                <Tooltip title={i.done ? i.detail : undefined}>
                  <Space size={8} align="start">
                    {i.done ? (
                      <CheckCircleFilled style={{ color: '#389e0d', fontSize: 16, marginTop: 4 }} />
                    ) : (
                      <ClockCircleOutlined style={{ color: i.overdue ? '#cf1322' : '#8c8c8c', fontSize: 16, marginTop: 4 }} />
                    )}
                    <span>
                      <span className={i.overdue ? 'pyt-overdue' : undefined}>{i.title}</span>
                      {/* What is missing is said on the page, not only on hover: who has no talk yet, which item is overdue. */}
                      {!i.done && i.detail && (
                        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }} data-testid={`detail-${i.id}`}>
                          {i.detail}
                        </Typography.Text>
                      )}
                    </span>
                  </Space>
                </Tooltip>
              ) : (
                <Checkbox
                  checked={i.done}
                  disabled={locked}
                  onChange={(e) => void run(() => setTick(db, unit.id, i.id, { done: e.target.checked }, writeCtx()))}
                >
                  <span className={i.overdue ? 'pyt-overdue' : undefined}>{i.title}</span>
                  {!i.mandatory && <Tag style={{ marginLeft: 6 }}>自选</Tag>}
                </Checkbox>
              )}
              <Space size={4} style={{ flexShrink: 0 }}>
                {i.computed && <Tag color="blue" title="根据已录入的数据自动判断">自动</Tag>}
                {i.due && <Typography.Text type={i.overdue ? 'danger' : 'secondary'} style={{ whiteSpace: 'nowrap' }}>{formatChineseDate(i.due).replace(/^\d+年/, '')}</Typography.Text>}
                {featurePage(i.feature) && !i.done && <a onClick={() => onGo(i.feature)}>办理</a>}
              </Space>
            </Space>
          </SimpleListItem>
        )}
      />
    </Card>
  );
}
