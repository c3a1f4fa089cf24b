import { useState } from 'react';
import { Alert, App, Button, Checkbox, DatePicker, Input, Modal, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { contentHints } from '@shared/analysis/hints';
import type { ReviewerAssignment } from '@shared/analysis/reviewer';
import { ANALYSIS_REVIEW } from '@shared/analysis/review';
import { REWRITE_REASON_LABEL, REWRITE_REASONS, type Analysis, type AnalysisEvent, type RewriteReason } from '@shared/analysis/types';
import type { Member } from '@shared/members/types';
import { formatChineseDate } from '@shared/util/dates';
import { useApp } from '../../app/context';
import { useUnit } from '../../app/unitContext';
import { useAction } from '../../app/useAction';
import { reviewAnalysis, type AnalysisDetail } from '../../db/repos/analysis';

type Asking = 'return' | 'approve' | 'publish' | null;

/** The review steps open in the material's state, each recorded as the secretary is told of it. */
export function ReviewBar({
  member,
  analysis,
  detail,
  reviewer,
  dirty,
}: {
  member: Member;
  analysis?: Analysis;
  detail: AnalysisDetail;
  reviewer: ReviewerAssignment;
  dirty: boolean;
}) {
  const { db } = useApp();
  const { unit, writeCtx, today } = useUnit();
  const { message, modal } = App.useApp();
  const run = useAction();
  const [asking, setAsking] = useState<Asking>(null);
  const [reasons, setReasons] = useState<RewriteReason[]>([]);
  const [note, setNote] = useState('');
  const [by, setBy] = useState('');
  const [period, setPeriod] = useState<[Dayjs, Dayjs] | null>(null);
  // A final material has no step left: nothing to show.
  if (!analysis || analysis.state === 'final') return null;
  const known = reviewer.reviewers.length > 0;
  const allowed = ANALYSIS_REVIEW.allowed(analysis.state).filter((e) => e !== 'edit');
  const lastReturn = [...detail.steps].reverse().find((s) => s.event === 'return');
  const current = detail.versions.find((v) => v.version === analysis.version);

  const go = async (event: AnalysisEvent, opts: Parameters<typeof reviewAnalysis>[4] = {}) => {
    if (dirty) {
      void message.warning('材料有没保存的修改，请先点“保存”');
      return;
    }
    const done = await run(() => reviewAnalysis(db, unit.id, analysis.id, event, opts, writeCtx()), '已记录');
    if (done !== undefined) setAsking(null);
  };
  const open = (what: Exclude<Asking, null>) => {
    setNote('');
    setBy(known ? reviewer.label : '');
    // The notes on the content suggest the reasons; the reviewer decides.
    const suggested = current ? contentHints(current).flatMap((h) => (h.reason ? [h.reason] : [])) : [];
    setReasons([...new Set(suggested)]);
    setPeriod([dayjs(today()), dayjs(today()).add(2, 'day')]);
    setAsking(what);
  };
  const finalise = () => {
    const publishedAt = [...detail.steps].reverse().find((s) => s.event === 'publish')?.version;
    const revised = publishedAt !== undefined && analysis.version > publishedAt;
    const comments = detail.comments.length;
    modal.confirm({
      title: '修改定稿',
      content:
        comments > 0 && !revised
          ? `公示中收到 ${comments} 条意见，材料还没有修改。确实不需要修改的，可以定稿。`
          : '定稿后材料不能再修改。',
      okText: '定稿',
      cancelText: '取消',
      onOk: () => go('finalise'),
    });
  };

  return (
    <div style={{ marginBottom: 12 }}>
      {analysis.state === 'returned' && lastReturn && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 8 }}
          title={`${lastReturn.by}退回修改（${formatChineseDate(lastReturn.at.slice(0, 10))}）`}
          description={
            <>
              <div data-testid="return-reasons">{lastReturn.reasons.map((r) => REWRITE_REASON_LABEL[r]).join('；')}</div>
              {lastReturn.note && <div>{lastReturn.note}</div>}
            </>
          }
        />
      )}
      <Space wrap>
        {allowed.includes('submit') && (
          <Button type="primary" onClick={() => void go('submit')}>
            {analysis.state === 'returned' ? '重新提交审阅' : '提交审阅'}
          </Button>
        )}
        {allowed.includes('approve') && (
          <Button type="primary" onClick={() => open('approve')}>
            审阅通过
          </Button>
        )}
        {allowed.includes('return') && (
          <Button danger onClick={() => open('return')}>
            退回修改
          </Button>
        )}
        {allowed.includes('publish') && (
          <Button type="primary" onClick={() => open('publish')}>
            开始公示
          </Button>
        )}
        {allowed.includes('finalise') && (
          <Button type="primary" onClick={finalise}>
            修改定稿
          </Button>
        )}
        {analysis.state === 'submitted' && <Typography.Text type="secondary">等待{known ? reviewer.label : '审阅人'}审阅，审阅后在这里记录结果。</Typography.Text>}
        {analysis.state === 'draft' && <Typography.Text type="secondary">录入并保存材料后，提交{known ? reviewer.label : ''}审阅。</Typography.Text>}
      </Space>
      <Modal
        open={asking !== null}
        title={asking === 'return' ? `退回${member.name}的材料重写` : asking === 'approve' ? '审阅通过' : '开始公示'}
        okText="确定"
        cancelText="取消"
        onCancel={() => setAsking(null)}
        onOk={() => {
          if (asking === 'return') void go('return', { reasons, note, by });
          else if (asking === 'approve') void go('approve', { note, by });
          else if (asking === 'publish' && period) {
            void go('publish', { publicFrom: period[0].format('YYYY-MM-DD'), publicTo: period[1].format('YYYY-MM-DD') });
          }
        }}
        destroyOnHidden
      >
        <Space orientation="vertical" style={{ width: '100%' }}>
          {asking === 'publish' ? (
            <>
              <span>公示期（在公示栏或局域网上公示，请党员互提意见）：</span>
              <DatePicker.RangePicker
                format="YYYY年M月D日"
                value={period}
                onChange={(v) => setPeriod(v && v[0] && v[1] ? [v[0], v[1]] : null)}
                aria-label="公示期"
              />
            </>
          ) : (
            <>
              {asking === 'return' && (
                <>
                  <Typography.Text>退回的原因（至少选一项）：</Typography.Text>
                  <Checkbox.Group
                    value={reasons}
                    onChange={(v) => setReasons(v as RewriteReason[])}
                    style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
                    options={REWRITE_REASONS.map((r) => ({ value: r, label: REWRITE_REASON_LABEL[r] }))}
                  />
                </>
              )}
              <Typography.Text>审阅人：</Typography.Text>
              <Input value={by} onChange={(e) => setBy(e.target.value)} maxLength={40} aria-label="审阅人" />
              <Input.TextArea
                rows={3}
                value={note}
                onChange={(e) => setNote(e.target.value)}
                maxLength={500}
                placeholder={asking === 'return' ? '具体的修改意见（可不填）' : '审阅意见（可不填）'}
                aria-label="审阅意见"
              />
            </>
          )}
        </Space>
      </Modal>
    </div>
  );
}
