import { useEffect, useMemo, useState } from 'react';
import { Alert, Button, Card, Input, Space, Typography } from 'antd';
import { contentHints } from '@shared/analysis/hints';
import { ANALYSIS_REVIEW, SECTION_KEYS, SECTION_LABEL, type AnalysisTexts } from '@shared/analysis/review';
import type { Analysis, AnalysisVersion } from '@shared/analysis/types';
import { MAX_TEXT } from '@shared/data/fields';
import type { Member } from '@shared/members/types';
import { useApp } from '../../app/context';
import { useUnit } from '../../app/unitContext';
import { useAction } from '../../app/useAction';
import { saveAnalysisText } from '../../db/repos/analysis';

const EMPTY: AnalysisTexts = { problems: '', roots: '', measures: '' };

const PLACEHOLDER: Record<keyof AnalysisTexts, string> = {
  problems: '照纸质材料录入。联系本人思想和工作实际，查找党性、党风方面的问题，不写成工作总结。',
  roots: '从世界观、人生观、价值观和党性修养上找主观原因，不只讲工作忙、任务重等客观原因。',
  measures: '写明做什么、做到什么程度、什么时候完成。',
};

/**
 * The three sections as the secretary types them in from the paper, with gentle notes on the
 * content (R-ANALYSIS-CONTENT, never blocking). The page gives this a new key when the stored
 * version changes, so what the user is typing is kept until then.
 */
export function TextCard({
  member,
  analysis,
  versions,
  currentSeen,
  onDirtyChange,
}: {
  member: Member;
  analysis?: Analysis;
  versions: AnalysisVersion[];
  /** A step names the newest version: the reviewer or the 公示 has seen it, so a change makes a new one. */
  currentSeen: boolean;
  onDirtyChange(dirty: boolean): void;
}) {
  const { db } = useApp();
  const { unit, writeCtx } = useUnit();
  const run = useAction();
  const stored = versions.find((v) => v.version === analysis?.version);
  const saved: AnalysisTexts = stored ? { problems: stored.problems, roots: stored.roots, measures: stored.measures } : EMPTY;
  const [texts, setTexts] = useState<AnalysisTexts>(saved);
  const dirty = SECTION_KEYS.some((k) => texts[k] !== saved[k]);
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);
  const hints = useMemo(() => contentHints(texts), [texts]);

  const state = analysis?.state ?? 'draft';
  const editable = ANALYSIS_REVIEW.allowed(state).includes('edit');
  const refusal = editable ? undefined : ANALYSIS_REVIEW.next(state, 'edit');

  const save = () => run(() => saveAnalysisText(db, unit.id, member.id, texts, writeCtx()), '材料已保存');

  return (
    <Card
      title={analysis ? `材料内容（第 ${analysis.version} 稿）` : '材料内容'}
      size="small"
      style={{ marginBottom: 12 }}
      extra={
        editable && (
          <Button type="primary" disabled={!dirty} onClick={() => void save()} data-testid="analysis-save">
            保存
          </Button>
        )
      }
    >
      {refusal && !refusal.ok && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={refusal.reasons[0].message} />}
      {editable && currentSeen && (
        <Typography.Paragraph type="secondary">
          {state === 'returned' ? '按退回意见重写：' : '根据公示中收到的意见修改：'}
          保存后形成第 {(analysis?.version ?? 0) + 1} 稿，原来的稿子保留，可在下面“各稿对照”中比较。
        </Typography.Paragraph>
      )}
      <Space orientation="vertical" style={{ width: '100%' }} size={12}>
        {SECTION_KEYS.map((k, i) => (
          <div key={k}>
            <Typography.Text strong>
              {['一', '二', '三'][i]}、{SECTION_LABEL[k]}
            </Typography.Text>
            <Input.TextArea
              value={texts[k]}
              onChange={(e) => setTexts((t) => ({ ...t, [k]: e.target.value }))}
              readOnly={!editable}
              rows={6}
              maxLength={MAX_TEXT}
              showCount={editable}
              placeholder={editable ? PLACEHOLDER[k] : undefined}
              aria-label={SECTION_LABEL[k]}
              style={{ marginTop: 4 }}
            />
          </div>
        ))}
      </Space>
      {hints.length > 0 && (
        <Alert
          type="info"
          style={{ marginTop: editable ? 28 : 12 }}
          data-testid="analysis-hints"
          title="供参考（不影响保存和提交）：对照“问题准、根源清、认识深、措施实”看一看"
          description={
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {hints.map((h) => (
                <li key={h.id}>{h.message}</li>
              ))}
            </ul>
          }
        />
      )}
    </Card>
  );
}
