import { useMemo, useState } from 'react';
import { Alert, Button, Card, Col, Popconfirm, Row, Space, Spin, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import { studyCoverage } from '@shared/throughout/study';
import { REQUIRED_STUDY_TOPICS, STUDY_TOPIC_LABEL, type StudySession } from '@shared/throughout/types';
import { formatChineseDate } from '@shared/util/dates';
import { useApp } from '../../app/context';
import { useUnit } from '../../app/unitContext';
import { useAction } from '../../app/useAction';
import { deleteStudySession } from '../../db/repos/throughout';
import { useStudyData, type StudyData } from './queries';
import { StudySessionModal } from './StudySessionModal';

/** How many names a coverage card lists before "等 N 人". */
const NAMES_SHOWN = 30;

/** R-STUDY: who has not yet studied each required topic, and the study log. */
export function StudyTab() {
  const { unit } = useUnit();
  const data = useStudyData(unit.id);
  return data ? <StudyLog data={data} /> : <Spin style={{ margin: 40 }} />;
}

function StudyLog({ data }: { data: StudyData }) {
  const { db } = useApp();
  const { unit, writeCtx } = useUnit();
  const run = useAction();
  const [editing, setEditing] = useState<StudySession | 'new' | null>(null);
  const party = useMemo(() => data.members.filter((m) => m.kind === 'party'), [data.members]);
  const coverage = useMemo(() => studyCoverage(party, data.sessions), [party, data.sessions]);
  const nameOf = useMemo(() => new Map(data.members.map((m) => [m.id, m.name])), [data.members]);

  const columns: ColumnsType<StudySession> = [
    { title: '学习日期', dataIndex: 'date', width: 140, render: (d: string) => formatChineseDate(d) },
    {
      title: '学习内容',
      key: 'topics',
      render: (_, s) => (
        <div>
          <Space size={4} wrap>
            {s.topics.map((t) => (
              <Tag key={t} color={t === 'other' ? undefined : 'red'}>
                {STUDY_TOPIC_LABEL[t]}
              </Tag>
            ))}
          </Space>
          {s.content && <div style={{ whiteSpace: 'pre-wrap', marginTop: 4 }}>{s.content}</div>}
        </div>
      ),
    },
    { title: '参加', key: 'attended', width: 90, render: (_, s) => `${s.attendeeIds.length} 人` },
    {
      title: '补学',
      key: 'madeUp',
      width: 200,
      render: (_, s) =>
        s.makeUpIds.length === 0
          ? '—'
          : s.makeUpIds.map((id, i) => `${nameOf.get(id) ?? '（已删除）'}（${formatChineseDate(s.makeUpDates[i]).replace(/^\d+年/, '')}）`).join('、'),
    },
    {
      title: '操作',
      key: 'ops',
      width: 150,
      render: (_, s) => (
        <Space>
          <a onClick={() => setEditing(s)}>编辑、记补学</a>
          <Popconfirm
            title={`删除${formatChineseDate(s.date)}的学习记录？`}
            okText="删除"
            cancelText="取消"
            onConfirm={() => run(() => deleteStudySession(db, unit.id, s.id, writeCtx()), '已删除')}
          >
            <a style={{ color: '#cf1322' }}>删除</a>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <div data-testid="study">
      <Typography.Paragraph type="secondary">
        分析评议期间坚持学习《党章》关于党员权利和义务的规定、保持共产党员先进性六条基本要求。每名党员每项内容都要参加学习，缺席的要补学。
      </Typography.Paragraph>
      {party.length === 0 && <Alert type="info" showIcon style={{ marginBottom: 12 }} title="党员名册中还没有党员，请先录入党员名册。" />}
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        {REQUIRED_STUDY_TOPICS.map((t) => {
          const c = coverage[t];
          const missing = c.missing;
          return (
            <Col xs={24} lg={12} key={t}>
              <Card size="small" title={STUDY_TOPIC_LABEL[t]} data-testid={`study-topic-${t}`}>
                {c.sessions === 0 ? (
                  <Typography.Text type="danger">尚未组织学习</Typography.Text>
                ) : missing.length === 0 ? (
                  <Typography.Text type="success">
                    已学习 {c.sessions} 次，{party.length} 名党员均已参加或补学
                  </Typography.Text>
                ) : (
                  <div>
                    <Typography.Text type="warning">
                      已学习 {c.sessions} 次；尚有 {missing.length} 名党员未参加也未补学：
                    </Typography.Text>
                    <div style={{ marginTop: 6 }} data-testid={`study-missing-${t}`}>
                      {missing.slice(0, NAMES_SHOWN).map((m) => (
                        <Tag key={m.id}>{m.name}</Tag>
                      ))}
                      {missing.length > NAMES_SHOWN && <Typography.Text type="secondary">等 {missing.length} 人</Typography.Text>}
                    </div>
                  </div>
                )}
              </Card>
            </Col>
          );
        })}
      </Row>
      <Space style={{ marginBottom: 12 }}>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} disabled={party.length === 0}>
          记录集中学习
        </Button>
      </Space>
      <Table<StudySession>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={data.sessions}
        pagination={false}
        locale={{ emptyText: '还没有学习记录' }}
      />
      {editing && <StudySessionModal session={editing === 'new' ? undefined : editing} data={data} onClose={() => setEditing(null)} />}
    </div>
  );
}
