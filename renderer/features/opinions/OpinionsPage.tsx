import { useMemo, useState } from 'react';
import { Button, Col, Row, Space, Tabs, Typography } from 'antd';
import { PlusOutlined, SnippetsOutlined } from '@ant-design/icons';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Opinion, OpinionCategory, OpinionDraft, OpinionTarget } from '@shared/opinions/types';
import { useApp } from '../../app/context';
import { useCampaign, useUnit } from '../../app/unitContext';
import { useAction } from '../../app/useAction';
import { addOpinions, deleteOpinion, saveOpinion } from '../../db/repos/opinions';
import { CoverageCard } from './CoverageCard';
import { ExportSummaryButton } from './ExportSummaryButton';
import { FeedbackCard } from './FeedbackCard';
import { presenceOfTally } from '@shared/opinions/coverage';
import type { OpinionFacts } from '@shared/opinions/measures';
import { loadOpinionSideFacts } from './facts';
import { LastYearCard } from './LastYearCard';
import { OpinionForm, type OpinionStart } from './OpinionForm';
import { PasteDialog } from './PasteDialog';
import { RegisterTable, type RegisterFilter, type RegisterPaging } from './RegisterTable';
import { StepStatusCard } from './StepStatusCard';
import { useExistingTexts, useOpinionPage, useOpinionTally, useParty } from './useOpinions';

const NO_TEXTS: ReadonlySet<string> = new Set();

/** 征求意见: the coverage matrix and the step's checklist on top, then the register, last year's opinions and feedback. */
export function OpinionsPage() {
  const { db } = useApp();
  const { unit, writeCtx, today } = useUnit();
  const snapshot = useCampaign();
  const run = useAction();
  const sideFacts = useLiveQuery(() => loadOpinionSideFacts(db, unit.id), [db, unit.id]);
  const [editing, setEditing] = useState<Opinion | 'new' | null>(null);
  const [start, setStart] = useState<OpinionStart>({});
  const [pasting, setPasting] = useState(false);
  const [tab, setTab] = useState('register');
  const [filter, setFilterState] = useState<RegisterFilter>({});
  const [paging, setPaging] = useState<RegisterPaging>({ current: 1, pageSize: 50, order: 'newest' });
  // The party members are read once a picker needs them (the form, the paste dialog, the target filter).
  const [wantParty, setWantParty] = useState(false);
  const page = useOpinionPage(unit.id, filter, { offset: (paging.current - 1) * paging.pageSize, limit: paging.pageSize, order: paging.order });
  const tally = useOpinionTally(unit.id);
  const party = useParty(unit.id, wantParty || editing !== null || pasting);
  const existing = useExistingTexts(unit.id, pasting);
  const setFilter = (f: RegisterFilter) => {
    setFilterState(f);
    setPaging((p) => ({ ...p, current: 1 }));
  };
  const total = tally ? tally.stage1.total + tally.stage2.total : undefined;
  // The checklist's facts: the presence from the counts above (as loadOpinionFacts reads it from the indexes).
  const facts = useMemo<OpinionFacts | undefined>(() => (tally && sideFacts ? { presence: presenceOfTally(tally), ...sideFacts } : undefined), [tally, sideFacts]);

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
  const stage1 = tally?.stage1.total ?? 0;

  return (
    <div className="pyt-page">
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          征求意见
          <Typography.Text type="secondary" style={{ fontSize: 15, marginLeft: 12 }} data-testid="opinion-count">
            共 {total ?? ''} 条意见{stage1 > 0 ? `（其中第一阶段 ${stage1} 条）` : ''}
          </Typography.Text>
        </Typography.Title>
        <Space wrap>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            登记意见
          </Button>
          {/* Pasted lines name members: the roster must be read before they are matched. */}
          <Button icon={<SnippetsOutlined />} onClick={() => setPasting(true)}>
            批量粘贴
          </Button>
          <ExportSummaryButton />
        </Space>
      </Space>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={13}>
          {tally && <CoverageCard tally={tally} onPick={pick} />}
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
            label: `意见登记簿（${total ?? ''}）`,
            children: (
              <RegisterTable
                page={page}
                unitTotal={total}
                party={party}
                onWantParty={() => setWantParty(true)}
                filter={filter}
                onFilter={setFilter}
                paging={paging}
                onPaging={setPaging}
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
        open={editing !== null && party !== undefined}
        opinion={editing && editing !== 'new' ? editing : undefined}
        start={start}
        party={party ?? []}
        today={today()}
        onClose={() => setEditing(null)}
        onSave={save}
      />
      {/* Pasted lines name members and may repeat the register: both are read before the dialog opens. */}
      <PasteDialog
        open={pasting && party !== undefined && existing !== undefined}
        party={party ?? []}
        existing={existing ?? NO_TEXTS}
        today={today()}
        onClose={() => setPasting(false)}
        onSave={saveBatch}
      />
    </div>
  );
}
