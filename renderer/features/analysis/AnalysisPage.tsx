import { useState } from 'react';
import { Alert, Button, Space, Steps, Typography } from 'antd';
import { ArrowLeftOutlined, FileWordOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router-dom';
import type { AnalysisState } from '@shared/analysis/types';
import { useApp } from '../../app/context';
import { useUnit } from '../../app/unitContext';
import { useExportDocument } from '../documents/useExportDocument';
import { buildMaterial, materialTitle } from './exportMaterial';
import { HistoryCard } from './HistoryCard';
import { StateTag } from './labels';
import { ModeCard } from './ModeCard';
import { PublicCard } from './PublicCard';
import { ReviewBar } from './ReviewBar';
import { TextCard } from './TextCard';
import { useMaterial } from './useAnalysis';
import { VersionsCard } from './VersionsCard';

const STEP_OF: Record<AnalysisState, number> = { draft: 0, submitted: 1, returned: 1, approved: 2, public: 3, final: 4 };

/** One member's 党性分析材料: how it is written, its text, its review, 公示 and versions. */
export function AnalysisPage() {
  const { memberId = '' } = useParams();
  const { db } = useApp();
  const { unit, today } = useUnit();
  const data = useMaterial(unit.id, memberId);
  const exportDoc = useExportDocument();
  const [dirty, setDirty] = useState(false);
  const back = (
    <Link to={`/u/${unit.id}/analysis`}>
      <ArrowLeftOutlined /> 返回党性分析材料列表
    </Link>
  );
  if (!data) return null;
  const { member, analysis, detail } = data;
  if (!member) {
    return (
      <div className="pyt-page">
        {back}
        <Alert type="warning" showIcon style={{ marginTop: 16 }} title="这名党员不在本单位名册中，或已不是党员。" />
      </div>
    );
  }
  const state = analysis?.state ?? 'draft';
  const branch = member.branchId ? data.branchName.get(member.branchId) : undefined;
  const hasText = detail.versions.some((v) => v.version === analysis?.version && (v.problems || v.roots || v.measures));

  return (
    <div className="pyt-page">
      {back}
      <Space style={{ width: '100%', justifyContent: 'space-between', margin: '12px 0' }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {member.name}的党性分析材料
          <Typography.Text type="secondary" style={{ fontSize: 15, marginLeft: 12 }}>
            {[branch, member.post].filter(Boolean).join('　')}
          </Typography.Text>
        </Typography.Title>
        <Space>
          <StateTag state={analysis?.state} />
          <Button
            icon={<FileWordOutlined />}
            disabled={!analysis || !hasText}
            data-testid="analysis-export"
            onClick={() => analysis && void exportDoc(materialTitle(member.name), (o) => buildMaterial(db, analysis, data, today(), o))}
          >
            导出 Word
          </Button>
        </Space>
      </Space>
      <Steps
        size="small"
        current={STEP_OF[state]}
        status={state === 'returned' ? 'error' : state === 'final' ? 'finish' : 'process'}
        items={[
          { title: '录入材料' },
          { title: state === 'returned' ? '退回修改' : '提交审阅' },
          { title: '审阅通过' },
          { title: '公示' },
          { title: '修改定稿' },
        ]}
        style={{ maxWidth: 760, marginBottom: 16 }}
      />
      <ModeCard member={member} analysis={analysis} roster={data} />
      <ReviewBar member={member} analysis={analysis} detail={detail} reviewer={data.reviewerOf(member)} dirty={dirty} />
      <TextCard
        key={`${analysis?.id ?? 'new'}-${analysis?.version ?? 0}`}
        member={member}
        analysis={analysis}
        versions={detail.versions}
        currentSeen={detail.steps.some((st) => st.version === analysis?.version)}
        onDirtyChange={setDirty}
      />
      {analysis?.publicFrom && <PublicCard analysis={analysis} comments={detail.comments} />}
      {analysis && detail.steps.length > 0 && <HistoryCard steps={detail.steps} />}
      {detail.versions.length > 1 && <VersionsCard key={detail.versions.length} versions={detail.versions} />}
    </div>
  );
}
