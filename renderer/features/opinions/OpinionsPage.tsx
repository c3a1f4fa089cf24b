import { useMemo, useState } from 'react';
import { Button, Col, Row, Space, Tabs, Typography } from 'antd';
import { PlusOutlined, SnippetsOutlined } from '@ant-design/icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { duplicateKey } from '@shared/opinions/paste';
import { tallyOpinions } from '@shared/opinions/coverage';
import type { Opinion, OpinionCategory, OpinionDraft, OpinionTarget } from '@shared/opinions/types';
import { useApp } from '../../app/context';
import { useCampaign, useUnit } from '../../app/unitContext';
import { useAction } from '../../app/useAction';
import { addOpinions, deleteOpinion, saveOpinion } from '../../db/repos/opinions';
import { CoverageCard } from './CoverageCard';
import { ExportSummaryButton } from './ExportSummaryButton';
import { FeedbackCard } from './FeedbackCard';
import { loadOpinionFacts } from './facts';
import { LastYearCard } from './LastYearCard';
import { OpinionForm, type OpinionStart } from './OpinionForm';
import { PasteDialog } from './PasteDialog';
import { RegisterTable, type RegisterFilter } from './RegisterTable';
import { StepStatusCard } from './StepStatusCard';
import { useOpinionRegister } from './useOpinions';

/** 征求意见: the coverage matrix and the step's checklist on top, then the register, last year's opinions and feedback. */
export function OpinionsPage() {
  const { db } = useApp();
  const { unit, writeCtx, today } = useUnit();
  const snapshot = useCampaign();
  const run = useAction();
  const register = useOpinionRegister(unit.id);
  const facts = useLiveQuery(() => loadOpinionFacts(db, unit.id), [db, unit.id]);
  const [editing, setEditing] = useState<Opinion | 'new' | null>(null);
  const [start, setStart] = useState<OpinionStart>({});
  const [pasting, setPasting] = useState(false);
  const [tab, setTab] = useState('register');
  const [filter, setFilter] = useState<RegisterFilter>({});

  const opinions = useMemo(() => register?.opinions ?? [], [register]);
  const party = useMemo(() => register?.party ?? [], [register]);
  const tally = useMemo(() => tallyOpinions(opinions), [opinions]);
  const existing = useMemo(() => new Set(opinions.map((o) => duplicateKey(o.text))), [opinions]);

  const save = async (draft: OpinionDraft) => {
    const id = editing && editing !== 'new' ? editing.id : undefined;
    const r = await run(() => saveOpinion(db, unit.id, draft, { ...writeCtx(), id }), '已保存');
    if (r && !id) setStart({ channel: draft.channel, source: draft.source, date: draft.date, fromStage1: draft.fromStage1, anonymous: draft.anonymous });
    return r !== undefined;
  };
  const saveBatch = async (drafts: OpinionDraft[], labels: string[]) => {
    const r = await run(() => addOpinions(db, unit.id, drafts, { ...writeCtx(), labels }), `已保存 ${drafts.length} 条意见`);
    return r !== undefined;
  };
  const pick = (target: OpinionTarget, category: OpinionCategory) => {
    setFilter({ target, category });
    setTab('register');
  };
  const stage1 = tally.stage1.total;

  return (
    <div className="pyt-page">
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          征求意见
          <Typography.Text type="secondary" style={{ fontSize: 15, marginLeft: 12 }} data-testid="opinion-count">
            共 {opinions.length} 条意见{stage1 > 0 ? `（其中第一阶段 ${stage1} 条）` : ''}
          </Typography.Text>
        </Typography.Title>
        <Space wrap>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            登记意见
          </Button>
          {/* Pasted lines name members: the roster must be read before they are matched. */}
          <Button icon={<SnippetsOutlined />} disabled={register === undefined} onClick={() => setPasting(true)}>
            批量粘贴
          </Button>
          <ExportSummaryButton />
        </Space>
      </Space>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={13}>
          <CoverageCard tally={tally} onPick={pick} />
        </Col>
        <Col xs={24} xl={11}>
          {snapshot && facts && <StepStatusCard snapshot={snapshot} facts={facts} today={today()} />}
        </Col>
      </Row>
      <Tabs
        style={{ marginTop: 16 }}
        activeKey={tab}
        onChange={setTab}
        items={[
          {
            key: 'register',
            label: `意见登记簿（${opinions.length}）`,
            children: (
              <RegisterTable
                opinions={opinions}
                party={party}
                loading={!register}
                filter={filter}
                onFilter={setFilter}
                onEdit={setEditing}
                onDelete={(o) => run(() => deleteOpinion(db, unit.id, o.id, writeCtx()), '已删除')}
              />
            ),
          },
          { key: 'lastYear', label: '去年民主生活会意见', children: <LastYearCard /> },
          { key: 'feedback', label: '意见反馈', children: <FeedbackCard /> },
        ]}
      />
      <OpinionForm
        open={editing !== null}
        opinion={editing && editing !== 'new' ? editing : undefined}
        start={start}
        party={party}
        today={today()}
        onClose={() => setEditing(null)}
        onSave={save}
      />
      <PasteDialog open={pasting} party={party} existing={existing} today={today()} onClose={() => setPasting(false)} onSave={saveBatch} />
    </div>
  );
}
