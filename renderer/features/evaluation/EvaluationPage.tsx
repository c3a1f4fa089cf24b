import { useMemo, useState } from 'react';
import { Alert, Button, Card, Col, Row, Space, Statistic, Table, Tabs, Tag, Tooltip, Typography } from 'antd';
import { EditOutlined, FileWordOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import { useNavigate } from 'react-router-dom';
import { requirementText } from '@shared/evaluation/documentModels';
import { fallsShort } from '@shared/evaluation/rules';
import { GRADE_LABEL, PROPOSAL_LABEL, type Evaluation } from '@shared/evaluation/types';
import type { Member } from '@shared/members/types';
import { formatChineseDate } from '@shared/util/dates';
import { useUnit } from '../../app/unitContext';
import { EvaluationDialog } from './EvaluationDialog';
import { useEvaluationExports } from './exports';
import { ReportCard } from './ReportCard';
import { useEvaluation, type BranchView, type EvaluationData } from './useEvaluation';

const yesNo = (e: Evaluation | undefined, key: 'fulfils' | 'qualified', yes: string, no: string) =>
  e === undefined ? <Typography.Text type="secondary">未评议</Typography.Text> : e[key] ? <Tag color="green">{yes}</Tag> : <Tag color="red">{no}</Tag>;

/** Why a branch's members cannot be evaluated yet, or undefined when they can. */
function notYet(b: BranchView): string | undefined {
  if (b.heldOn) return undefined;
  const planned = b.plannedOn ? `（已安排在${formatChineseDate(b.plannedOn)}）` : '';
  return `${b.branch.name}的专题组织生活会还没有召开${planned}。开过会以后，才能对本支部党员逐一评议。`;
}

function BranchTab({ b, data, onEdit }: { b: BranchView; data: EvaluationData; onEdit(m: Member): void }) {
  const { template } = useUnit();
  const navigate = useNavigate();
  const { unit } = useUnit();
  const exports = useEvaluationExports(data);
  const blocked = notYet(b);
  const reported = new Set(data.report?.sentOn ? data.report.memberIds : []);
  const done = b.members.filter((m) => data.evaluations.has(m.id)).length;

  const columns: ColumnsType<Member> = [
    { title: '姓名', key: 'name', width: 120, render: (_, m) => <span data-testid="member-name">{m.name}</span> },
    { title: '是否履行党员义务', key: 'fulfils', width: 150, render: (_, m) => yesNo(data.evaluations.get(m.id), 'fulfils', '履行', '没有履行') },
    { title: '是否符合党员条件', key: 'qualified', width: 150, render: (_, m) => yesNo(data.evaluations.get(m.id), 'qualified', '符合', '不符合') },
    ...(template.allowGrades
      ? [{ title: '格次', key: 'grade', width: 90, render: (_: unknown, m: Member) => { const g = data.evaluations.get(m.id)?.grade; return g ? GRADE_LABEL[g] : ''; } }]
      : []),
    {
      title: '支部评议意见',
      key: 'opinion',
      render: (_, m) => {
        const e = data.evaluations.get(m.id);
        if (!e) return null;
        return (
          <div>
            <div style={{ whiteSpace: 'pre-line' }}>{e.opinion}</div>
            {fallsShort(e) && <Typography.Text type="secondary">{requirementText(e)}</Typography.Text>}
            {e.proposal && (
              <div>
                <Tag color={reported.has(m.id) ? 'volcano' : 'orange'}>
                  拟定为{PROPOSAL_LABEL[e.proposal]}
                  {reported.has(m.id) ? '，已上报' : '，未上报'}
                </Tag>
              </div>
            )}
          </div>
        );
      },
    },
    {
      title: '操作',
      key: 'actions',
      width: 200,
      render: (_, m) => {
        const e = data.evaluations.get(m.id);
        return (
          <Space>
            <Tooltip title={blocked}>
              <Button size="small" type={e ? 'default' : 'primary'} icon={<EditOutlined />} disabled={Boolean(blocked)} onClick={() => onEdit(m)} data-testid={`evaluate-${m.id}`}>
                {e ? '修改' : '评议'}
              </Button>
            </Tooltip>
            {e && (
              <Button size="small" icon={<FileWordOutlined />} onClick={() => void exports.memberOpinion(m)} aria-label={`导出${m.name}的评议意见表`}>
                评议意见表
              </Button>
            )}
          </Space>
        );
      },
    },
  ];

  return (
    <div data-testid={`branch-${b.branch.id}`}>
      {blocked ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={blocked}
          action={
            <Button size="small" onClick={() => navigate(`/u/${unit.id}/meetings`)}>
              去专题会议
            </Button>
          }
          data-testid="meeting-not-held"
        />
      ) : (
        <Alert type="success" showIcon style={{ marginBottom: 12 }} title={`专题组织生活会已于${formatChineseDate(b.heldOn!)}召开，可以评议。本支部已评议 ${done} 人，还有 ${b.members.length - done} 人。`} data-testid="meeting-held" />
      )}
      <Space style={{ marginBottom: 12 }}>
        <Button icon={<FileWordOutlined />} disabled={done === 0} onClick={() => void exports.branchSummary(b)} data-testid="export-summary">
          导出本支部评议意见汇总表
        </Button>
      </Space>
      <Table<Member> rowKey="id" size="middle" columns={columns} dataSource={b.members} pagination={b.members.length > 50 ? { pageSize: 50, showSizeChanger: false } : false} />
    </div>
  );
}

/** 党员评议 (R-EVAL-OPINION, R-EVAL-FIVE, R-EVAL-NOGRADE, R-EVAL-REPORT): per branch, per member, then the report upwards. */
export function EvaluationPage() {
  const { unit, template } = useUnit();
  const data = useEvaluation(unit.id);
  const exports = useEvaluationExports(data);
  const [editing, setEditing] = useState<Member | null>(null);
  const [tab, setTab] = useState<string | undefined>();
  const branches = useMemo(() => (data?.branches ?? []).filter((b) => b.members.length > 0), [data]);
  if (!data) return null;

  const evaluated = data.party.filter((m) => data.evaluations.has(m.id)).length;
  const short = data.party.filter((m) => {
    const e = data.evaluations.get(m.id);
    return e !== undefined && fallsShort(e);
  }).length;
  const proposed = data.party.filter((m) => data.evaluations.get(m.id)?.proposal).length;

  return (
    <div className="pyt-page">
      <Typography.Title level={3}>党员评议</Typography.Title>
      <Typography.Paragraph type="secondary" style={{ maxWidth: 980 }}>
        各支部开过专题组织生活会以后，对本支部每名党员逐一提出评议意见：是否履行了党员义务，是否符合党员条件。
        参考会上党员互评、群众评议的情况和征求到的意见，写出支部的明确意见。对没有认真履行党员义务的，要对照“五个区别开来”慎重判断，提出明确要求和改进期限，并指定专人帮助。
      </Typography.Paragraph>
      {template.allowGrades ? (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title="本活动模板规定评定党员格次，评议时可以填写格次。" />
      ) : (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title="本次活动不确定党员格次，不投票、不排名，不以票取人、不搞末位淘汰。" data-testid="no-grade-note" />
      )}
      <Row gutter={16} style={{ marginBottom: 16 }}>
        {(
          [
            ['党员', data.party.length, undefined],
            ['已评议', evaluated, '#389e0d'],
            ['还没评议', data.party.length - evaluated, data.party.length - evaluated > 0 ? '#d46b08' : undefined],
            ['未认真履行义务', short, undefined],
            ['拟上报', proposed, undefined],
          ] as const
        ).map(([title, value, color]) => (
          <Col key={title} xs={12} md={4}>
            <Card size="small">
              <Statistic title={`${title}（人）`} value={value} styles={{ content: { color } }} />
            </Card>
          </Col>
        ))}
      </Row>
      {data.unplaced.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={`${data.unplaced.length} 名党员还没有分配党支部，评议不了：${data.unplaced.slice(0, 6).map((m) => m.name).join('、')}${data.unplaced.length > 6 ? '等' : ''}。请先在党员名册中设置。`}
        />
      )}
      {branches.length === 0 ? (
        <Alert type="info" showIcon title="还没有党支部或党员。请先在党员名册中录入党员、设置党支部。" />
      ) : (
        <Tabs
          activeKey={tab ?? branches[0].branch.id}
          onChange={setTab}
          items={branches.map((b) => {
            const done = b.members.filter((m) => data.evaluations.has(m.id)).length;
            return {
              key: b.branch.id,
              label: `${b.branch.name}（${done}/${b.members.length}）`,
              children: <BranchTab b={b} data={data} onEdit={setEditing} />,
            };
          })}
        />
      )}
      <ReportCard data={data} onExport={exports.report} />
      {editing && <EvaluationDialog key={editing.id} member={editing} data={data} onClose={() => setEditing(null)} />}
    </div>
  );
}
