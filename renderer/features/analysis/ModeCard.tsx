import { useState } from 'react';
import { Button, Card, DatePicker, Descriptions, Radio, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { suggestionText, suggestMode } from '@shared/analysis/mode';
import { ANALYSIS_MODE_LABEL, RECEIVED_WAY_LABEL, RECEIVED_WAYS, type Analysis, type AnalysisMode, type ReceivedWay } from '@shared/analysis/types';
import type { Member } from '@shared/members/types';
import { formatChineseDate } from '@shared/util/dates';
import { useApp } from '../../app/context';
import { useUnit } from '../../app/unitContext';
import { useAction } from '../../app/useAction';
import { saveAnalysisMode, saveReceived } from '../../db/repos/analysis';
import type { AnalysisRoster } from './useAnalysis';

/** R-ANALYSIS-MODE and R-ANALYSIS-REVIEW: how the material is written, by whom, and who reviews it. */
export function ModeCard({ member, analysis, roster }: { member: Member; analysis?: Analysis; roster: AnalysisRoster }) {
  const { db } = useApp();
  const { unit, writeCtx, today } = useUnit();
  const run = useAction();
  const suggestion = suggestMode(member);
  const mode = analysis?.mode ?? suggestion.mode;
  const reviewer = roster.reviewerOf(member);
  const locked = analysis?.state === 'final';

  const setMode = (next: { mode: AnalysisMode; recorderId?: string }) =>
    run(() => saveAnalysisMode(db, unit.id, member.id, next, writeCtx()), '已保存撰写方式');

  const items = [
    {
      key: 'mode',
      label: '撰写方式',
      children: (
        <Space orientation="vertical" size={4}>
          <Radio.Group
            value={mode}
            disabled={locked}
            onChange={(e) => void setMode({ mode: e.target.value as AnalysisMode, recorderId: analysis?.recorderId })}
            options={(['self', 'dictated'] as const).map((m) => ({ value: m, label: ANALYSIS_MODE_LABEL[m] }))}
            aria-label="撰写方式"
          />
          <Typography.Text type="secondary" data-testid="mode-suggestion">
            {suggestionText(suggestion)}
            {mode !== suggestion.mode && '（已按实际情况调整）'}
          </Typography.Text>
        </Space>
      ),
    },
    ...(mode === 'dictated'
      ? [
          {
            key: 'recorder',
            label: '记录人',
            children: (
              <Select
                style={{ width: 220 }}
                placeholder="选择记录的党员"
                value={analysis?.recorderId}
                disabled={locked}
                showSearch={{ optionFilterProp: 'label' }}
                options={roster.party.filter((p) => p.id !== member.id).map((p) => ({ value: p.id, label: p.name }))}
                onChange={(id: string) => void setMode({ mode: 'dictated', recorderId: id })}
                aria-label="记录人"
              />
            ),
          },
        ]
      : []),
    {
      key: 'reviewer',
      label: '由谁审阅',
      children: (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong data-testid="analysis-reviewer">
            {reviewer.label}
          </Typography.Text>
          <Typography.Text type="secondary">{reviewer.why}</Typography.Text>
          {reviewer.missing && <Typography.Text type="warning">{reviewer.missing}，请到“党员名册”核对</Typography.Text>}
        </Space>
      ),
    },
    ...(member.away || analysis?.receivedOn
      ? [{ key: 'received', label: '外出党员', children: <ReceivedForm member={member} analysis={analysis} today={today()} /> }]
      : []),
  ];

  return (
    <Card title="撰写与审阅" size="small" style={{ marginBottom: 12 }}>
      <Descriptions size="small" column={1} items={items} styles={{ label: { width: 110 } }} />
    </Card>
  );
}

/** R-EVAL-COVER: an away member's material received in writing — when, and how. */
function ReceivedForm({ member, analysis, today }: { member: Member; analysis?: Analysis; today: string }) {
  const { db } = useApp();
  const { unit, writeCtx } = useUnit();
  const run = useAction();
  const [date, setDate] = useState<Dayjs | null>(null);
  const [way, setWay] = useState<ReceivedWay | undefined>();
  if (analysis?.receivedOn && analysis.receivedWay) {
    return (
      <Space wrap>
        <span data-testid="analysis-received">
          {formatChineseDate(analysis.receivedOn)}以{RECEIVED_WAY_LABEL[analysis.receivedWay]}方式书面寄回
        </span>
        <Button size="small" onClick={() => void run(() => saveReceived(db, unit.id, member.id, null, writeCtx()), '已取消登记')}>
          取消登记
        </Button>
      </Space>
    );
  }
  return (
    <Space wrap>
      <Typography.Text type="secondary">{member.away ? `在${member.away.place}，` : ''}不能回来参加的，可书面寄回材料：</Typography.Text>
      <DatePicker
        format="YYYY年M月D日"
        value={date}
        onChange={setDate}
        placeholder="收到日期"
        disabledDate={(d) => d.format('YYYY-MM-DD') > today}
        defaultPickerValue={dayjs(today)}
        aria-label="收到日期"
      />
      <Select<ReceivedWay>
        style={{ width: 130 }}
        placeholder="寄回方式"
        value={way}
        onChange={setWay}
        options={RECEIVED_WAYS.map((w) => ({ value: w, label: RECEIVED_WAY_LABEL[w] }))}
        aria-label="寄回方式"
      />
      <Button
        disabled={!date || !way}
        onClick={() =>
          date &&
          way &&
          void run(() => saveReceived(db, unit.id, member.id, { receivedOn: date.format('YYYY-MM-DD'), receivedWay: way }, writeCtx()), '已登记书面寄回')
        }
      >
        登记书面寄回
      </Button>
    </Space>
  );
}
