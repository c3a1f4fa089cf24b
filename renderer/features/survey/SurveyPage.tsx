import { useState } from 'react';
import { Alert, Button, Card, Popconfirm, Radio, Space, Table, Tag, Typography } from 'antd';
import { FileWordOutlined, PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import { surveyFactsOf, surveyResult } from '@shared/survey/measures';
import { DEFAULT_SUBJECTS, surveyBallotModel, surveyTallyModel } from '@shared/survey/documentModels';
import { SURVEY_CITY_FLOOR, formatRate, formatRateAgainst, isBelowFloor, rateFormula, roundRates, surveyFloor } from '@shared/survey/rate';
import { countingRound, latestClosed, roundBelow } from '@shared/survey/rounds';
import { SURVEY_SCALES, type SurveyRound, type SurveyScale } from '@shared/survey/types';
import { formatChineseDate } from '@shared/util/dates';
import { useApp } from '../../app/context';
import { useCampaign, useUnit } from '../../app/unitContext';
import { useAction } from '../../app/useAction';
import { reopenRound } from '../../db/repos/survey';
import { useExportDocument } from '../documents/useExportDocument';
import { CountingCard } from './CountingCard';
import { useSurveyRounds } from './queries';
import { RoundForm, SCALE_LABEL } from './RoundForm';

/** 满意度测评 (R-SURVEY-70): the blank ballot, the round being counted, the verdict and every round kept. */
export function SurveyPage() {
  const { db } = useApp();
  const { unit, template, writeCtx, today } = useUnit();
  const snapshot = useCampaign();
  const rounds = useSurveyRounds(unit.id);
  const run = useAction();
  const exportDoc = useExportDocument();
  const [starting, setStarting] = useState(false);
  const [ballotScale, setBallotScale] = useState<SurveyScale | null>(null);

  if (!rounds || !snapshot) return <div className="pyt-page" />;
  const floor = surveyFloor(template, snapshot.thresholdOverrides);
  const floorText = formatRate(floor);
  const counting = countingRound(rounds);
  const last = latestClosed(rounds);
  const standing = surveyResult(surveyFactsOf(rounds), floor);
  const needsRemedy = last !== undefined && roundBelow(last, floor);
  const scale: SurveyScale = ballotScale ?? counting?.scale ?? rounds.at(-1)?.scale ?? 'three';
  const next = (rounds.at(-1)?.round ?? 0) + 1;

  const printBallot = () => {
    const model = surveyBallotModel({ orgName: unit.orgName, scale, subjects: counting ? counting.tallies.map((t) => t.subject) : DEFAULT_SUBJECTS });
    return exportDoc(`${unit.orgName}群众满意度测评表`, async (o) => (await import('@shared/documents')).buildSurveyBallot(model, o));
  };
  const exportTally = (r: SurveyRound) => {
    const model = surveyTallyModel({ orgName: unit.orgName, round: r, floor: r.floor ?? floor, signDate: today() });
    return exportDoc(`${unit.orgName}群众满意度测评结果统计表（第${r.round}轮）`, async (o) => (await import('@shared/documents')).buildSurveyTally(model, o));
  };

  const columns: ColumnsType<SurveyRound> = [
    { title: '轮次', key: 'round', width: 70, render: (_, r) => `第${r.round}轮` },
    { title: '测评日期', key: 'date', width: 130, render: (_, r) => formatChineseDate(r.date) },
    { title: '发出/收回', key: 'ballots', width: 90, render: (_, r) => `${r.issued} / ${r.returned}` },
    {
      title: '各项满意率',
      key: 'rates',
      render: (_, r) => {
        const f = r.floor ?? floor;
        return roundRates(r).subjects.map((s) => (
          <div key={s.subject} style={{ marginBottom: 2 }}>
            {s.label}：{s.rate === undefined ? '—' : <Typography.Text strong type={isBelowFloor(s.rate, f) ? 'danger' : undefined}>{formatRateAgainst(s.rate, f)}</Typography.Text>}
            <Typography.Text type="secondary" style={{ fontSize: 13, marginLeft: 6 }}>
              有效{s.valid} 无效{s.invalid}
            </Typography.Text>
          </div>
        ));
      },
    },
    { title: '当时标准', key: 'floor', width: 90, render: (_, r) => (r.floor !== undefined ? formatRate(r.floor) : '—') },
    {
      title: '结果',
      key: 'result',
      width: 120,
      render: (_, r) =>
        r.status === 'counting' ? <Tag color="blue">正在计票</Tag> : roundBelow(r, r.floor ?? floor) ? <Tag color="red">低于标准，须补课</Tag> : <Tag color="green">达到标准</Tag>,
    },
    { title: '补课情况', key: 'remedy', width: 200, render: (_, r) => <div style={{ whiteSpace: 'pre-wrap' }}>{r.remedy ?? ''}</div> },
    {
      title: '操作',
      key: 'ops',
      width: 130,
      render: (_, r) => (
        <Space orientation="vertical" size={4}>
          <a onClick={() => void exportTally(r)} data-testid={`export-tally-${r.round}`}>
            <FileWordOutlined /> 导出统计表
          </a>
          {r.status === 'closed' && !rounds.some((x) => x.round > r.round) && (
            <Popconfirm title={`第${r.round}轮改回计票？`} description="用于更正计错的票数。" okText="改回计票" cancelText="取消" onConfirm={() => run(() => reopenRound(db, unit.id, r.id, writeCtx()), '已改回计票')}>
              <a>改回计票</a>
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ];

  return (
    <div className="pyt-page">
      <Typography.Title level={3}>群众满意度测评</Typography.Title>
      <Typography.Paragraph style={{ fontSize: 15 }}>
        请群众对领导班子专题民主生活会和党支部专题组织生活会进行测评。满意率＝{rateFormula(scale)}（用四档测评表时为{rateFormula('four')}）。
        每一项满意率都要达到 <b data-testid="survey-floor">{floorText}</b>
        {floor > SURVEY_CITY_FLOOR ? `（本单位标准；市委规定不低于${formatRate(SURVEY_CITY_FLOOR)}）` : '（市委规定）'}
        ，低于的要补课，补课后重新测评。
      </Typography.Paragraph>
      <Alert
        data-testid="survey-standing"
        type={standing.done ? 'success' : needsRemedy ? 'error' : 'info'}
        showIcon
        style={{ marginBottom: 16, fontSize: 15 }}
        title={standing.detail}
        description={needsRemedy && !counting ? '请针对群众不满意的地方补课，写明补课情况后，点“补课后重新测评”开始新一轮测评。' : undefined}
      />
      <Card title="测评表" style={{ marginBottom: 16 }}>
        <Space wrap size={16}>
          <Radio.Group value={scale} onChange={(e) => setBallotScale(e.target.value as SurveyScale)} disabled={counting !== undefined}>
            {SURVEY_SCALES.map((s) => (
              <Radio key={s} value={s}>
                {SCALE_LABEL[s]}
              </Radio>
            ))}
          </Radio.Group>
          <Button icon={<PrinterOutlined />} onClick={() => void printBallot()} data-testid="print-ballot">
            打印空白测评表（Word）
          </Button>
          {!counting && (!last || needsRemedy) && (
            <Button type="primary" size="large" icon={<PlusOutlined />} onClick={() => setStarting(true)} data-testid="survey-start">
              {needsRemedy ? `补课后重新测评（第${next}轮）` : `开始第${next}轮测评`}
            </Button>
          )}
        </Space>
      </Card>
      {counting && <CountingCard key={counting.id} round={counting} floor={floor} />}
      <Card title="历次测评" data-testid="survey-history">
        <Table<SurveyRound>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={[...rounds].reverse()}
          pagination={false}
          locale={{ emptyText: '还没有开展测评。先打印空白测评表发给群众，收回后点“开始第1轮测评”计票。' }}
        />
      </Card>
      {starting && (
        <RoundForm
          next={next}
          scale={scale}
          previousBelow={needsRemedy ? standing.detail : undefined}
          onClose={() => setStarting(false)}
        />
      )}
    </div>
  );
}
