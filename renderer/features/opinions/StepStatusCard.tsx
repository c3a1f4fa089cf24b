import { Card, Space, Tag, Typography } from 'antd';
import { CheckCircleFilled, ClockCircleOutlined } from '@ant-design/icons';
import { itemState } from '@shared/campaign/checklist';
import type { CampaignSnapshot } from '@shared/campaign/snapshot';
import type { OpinionFacts } from '@shared/opinions/measures';
import { formatChineseDate } from '@shared/util/dates';
import { SimpleList, SimpleListItem } from '../../app/SimpleList';

/** The 征求意见 step's checklist as the home page shows it: each item decided by the data, with what is missing. */
export function StepStatusCard({ snapshot, facts, today }: { snapshot: CampaignSnapshot; facts: OpinionFacts; today: string }) {
  const stage = snapshot.template.stages.find((s) => s.steps.some((st) => st.id === 'opinions'));
  const step = stage?.steps.find((st) => st.id === 'opinions');
  if (!stage || !step) return null;
  const items = step.items.map((i) => itemState(snapshot, { opinions: facts }, stage.id, step.id, i, today));
  const done = items.filter((i) => i.done).length;
  return (
    <Card title="本步骤检查项" extra={<Typography.Text type="secondary">已完成 {done} / {items.length}</Typography.Text>} data-testid="opinion-checklist">
      <SimpleList
        size="small"
        items={items}
        rowKey={(i) => i.id}
        renderItem={(i) => (
          <SimpleListItem>
            <div data-testid={`item-${i.id}`} data-done={i.done ? 'yes' : 'no'} style={{ display: 'flex', gap: 8, alignItems: 'flex-start', width: '100%' }}>
              {i.done ? (
                <CheckCircleFilled style={{ color: '#389e0d', fontSize: 16, marginTop: 4 }} aria-label="已完成" />
              ) : (
                <ClockCircleOutlined style={{ color: i.overdue ? '#cf1322' : '#8c8c8c', fontSize: 16, marginTop: 4 }} aria-label="未完成" />
              )}
              <div style={{ flex: 1 }}>
                <div className={i.overdue ? 'pyt-overdue' : undefined}>{i.title}</div>
                <Typography.Text type={i.done ? 'secondary' : 'warning'} style={{ fontSize: 13 }}>
                  {i.detail}
                </Typography.Text>
              </div>
              <Space size={4} style={{ flexShrink: 0 }}>
                {!i.computed && <Tag>手工勾选</Tag>}
                {i.due && (
                  <Typography.Text type={i.overdue ? 'danger' : 'secondary'} style={{ whiteSpace: 'nowrap' }}>
                    {formatChineseDate(i.due).replace(/^\d+年/, '')}
                  </Typography.Text>
                )}
              </Space>
            </div>
          </SimpleListItem>
        )}
      />
    </Card>
  );
}
