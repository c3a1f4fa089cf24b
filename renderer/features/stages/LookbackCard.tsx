import { Checkbox, Tag, Typography } from 'antd';
import { lookbackStates } from '@shared/campaign/checklist';
import { useApp } from '../../app/context';
import type { CampaignSnapshot } from '@shared/campaign/snapshot';
import { useUnit } from '../../app/unitContext';
import { useAction } from '../../app/useAction';
import { SimpleList, SimpleListItem } from '../../app/SimpleList';
import { setTick } from '../../db/repos/campaign';

/** R-STAGE-LOOKBACK: the 回头看 list; computed items show their figures, others are ticked by hand. */
export function LookbackCard({ snapshot, stageId }: { snapshot: CampaignSnapshot; stageId: string }) {
  const { db } = useApp();
  const { unit, writeCtx, today } = useUnit();
  const run = useAction();
  const items = lookbackStates(snapshot, {}, stageId, today());
  const done = items.filter((i) => i.done).length;
  return (
    <div style={{ marginTop: 12 }}>
      <Typography.Title level={5}>
        回头看（{done}/{items.length}）
      </Typography.Title>
      <SimpleList
        size="small"
        bordered
        items={items}
        rowKey={(i) => i.id}
        renderItem={(i) => (
          <SimpleListItem>
            <Checkbox
              checked={i.done}
              disabled={i.computed}
              onChange={(e) =>
                void run(() => setTick(db, unit.id, i.id, { done: e.target.checked }, writeCtx()))
              }
            >
              {i.title}
            </Checkbox>
            <span>
              {i.computed && <Tag>自动统计</Tag>}
              <Typography.Text type={i.done ? 'success' : i.overdue ? 'danger' : 'secondary'}>{i.detail}</Typography.Text>
            </span>
          </SimpleListItem>
        )}
      />
    </div>
  );
}
