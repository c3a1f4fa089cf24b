import { useState } from 'react';
import { Button, Input, Modal, Space, Steps, Tag, Typography } from 'antd';
import { PLAN_REVIEW_LABEL, type PlanReviewEvent } from '@shared/campaign/types';
import { formatChineseDate } from '@shared/util/dates';
import type { CampaignSnapshot } from '@shared/campaign/snapshot';
import { useApp } from '../../app/context';
import { useUnit } from '../../app/unitContext';
import { useAction } from '../../app/useAction';
import { transitionPlanReview } from '../../db/repos/campaign';

const COLOR = { draft: 'default', submitted: 'processing', returned: 'warning', approved: 'success' } as const;

/** The plan's review by the 督导组: 草稿 → 已报督导组审核 → 退回修改 ↺ / 督导组把关通过. */
export function PlanReviewBar({ snapshot, stageId, planOk }: { snapshot: CampaignSnapshot; stageId: string; planOk: boolean }) {
  const { db } = useApp();
  const { unit, writeCtx } = useUnit();
  const run = useAction();
  const [asking, setAsking] = useState<PlanReviewEvent | null>(null);
  const [note, setNote] = useState('');
  const review = snapshot.planReviews.find((r) => r.stageId === stageId);
  const state = review?.state ?? 'draft';
  const last = review?.history.at(-1);

  const go = async (event: PlanReviewEvent, text?: string) => {
    const ok = await run(
      () => transitionPlanReview(db, unit.id, stageId, event, { ...writeCtx(), note: text }),
      '已更新方案状态',
    );
    if (ok !== undefined) {
      setAsking(null);
      setNote('');
    }
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Steps
        size="small"
        current={state === 'approved' ? 2 : state === 'draft' ? 0 : 1}
        status={state === 'returned' ? 'error' : undefined}
        items={[{ title: '本单位起草' }, { title: state === 'returned' ? '退回修改' : '督导组把关' }, { title: '把关通过，报活动办' }]}
        style={{ maxWidth: 640 }}
      />
      <Space wrap>
        <span>
          方案状态：<Tag color={COLOR[state]} data-testid="plan-state">{PLAN_REVIEW_LABEL[state]}</Tag>
        </span>
        {last?.note && (
          <Typography.Text type="secondary">
            {formatChineseDate(last.at.slice(0, 10))} {last.by}：{last.note}
          </Typography.Text>
        )}
        {(state === 'draft' || state === 'returned') && (
          <Button type="primary" disabled={!planOk} onClick={() => void go('submit')}>
            报督导组审核
          </Button>
        )}
        {state === 'submitted' && (
          <>
            <Button type="primary" onClick={() => setAsking('approve')}>
              记录督导组把关通过
            </Button>
            <Button danger onClick={() => setAsking('return')}>
              督导组退回修改
            </Button>
          </>
        )}
      </Space>
      <Modal
        open={asking !== null}
        title={asking === 'approve' ? '督导组把关通过' : '督导组退回修改'}
        okText="确定"
        cancelText="取消"
        onCancel={() => setAsking(null)}
        onOk={() => asking && void go(asking, note)}
      >
        <Input.TextArea
          rows={3}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          placeholder={asking === 'approve' ? '督导组意见（可写审核人姓名）' : '退回的原因和修改要求'}
          maxLength={500}
        />
      </Modal>
    </Space>
  );
}
