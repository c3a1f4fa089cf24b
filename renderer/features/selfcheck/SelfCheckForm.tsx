import { useMemo, useState } from 'react';
import { App, Button, Card, Descriptions, Form, Input, Space, Typography } from 'antd';
import { FileWordOutlined, SaveOutlined, SendOutlined } from '@ant-design/icons';
import type { ChecklistItemState } from '@shared/campaign/checklist';
import { draftAssessments, draftIntro, draftShortcomings, DRAFT_NEXT_STEPS } from '@shared/selfcheck/drafts';
import { flattenFigures, sameFigures, type Figure, type Figures, type SelfCheckSources } from '@shared/selfcheck/figures';
import { SELF_CHECK_POINT_LABEL, SELF_CHECK_POINTS, type SelfCheckPoint } from '@shared/selfcheck/points';
import { readyGate } from '@shared/selfcheck/ready';
import { selfCheckReportModel, selfCheckReportTitle } from '@shared/selfcheck/reportModel';
import type { SelfCheck } from '@shared/selfcheck/types';
import { cleanSelfCheckDraft, type SelfCheckDraft } from '@shared/selfcheck/validate';
import { useApp } from '../../app/context';
import { useUnit } from '../../app/unitContext';
import { useAction } from '../../app/useAction';
import { markSelfCheckReady, markSelfCheckReported, saveSelfCheck } from '../../db/repos/selfcheck';
import { useExportDocument } from '../documents/useExportDocument';

type Values = Omit<SelfCheckDraft, 'stageId' | 'figures'>;

const NUMBERS = ['一', '二', '三', '四', '五', '六'];
const DEFAULT_RECIPIENTS = '先进性教育活动督导组';

const valuesOf = (r: SelfCheck): Values => ({
  recipients: r.recipients ?? '',
  intro: r.intro,
  assessments: { ...r.assessments },
  shortcomings: r.shortcomings ?? '',
  nextSteps: r.nextSteps ?? '',
});

function sameValues(v: Values, r: SelfCheck): boolean {
  const a = cleanSelfCheckDraft({ ...v, stageId: r.stageId, figures: r });
  const b = valuesOf(r);
  return a.recipients === b.recipients && a.intro === b.intro && a.shortcomings === b.shortcomings && a.nextSteps === b.nextSteps && SELF_CHECK_POINTS.every((p) => a.assessments[p] === b.assessments[p]);
}

interface Props {
  record: SelfCheck | null;
  sources: SelfCheckSources;
  figures: Figures;
  unfinished: ChecklistItemState[];
  stageId: string;
  stageStart: string;
}

/** The self-check's texts, point by point beside the measured figures, and the three actions. */
export function SelfCheckForm({ record, sources, figures, unfinished, stageId, stageStart }: Props) {
  const { db } = useApp();
  const { unit, writeCtx } = useUnit();
  const { message, modal } = App.useApp();
  const run = useAction();
  const exportDoc = useExportDocument();
  const [form] = Form.useForm<Values>();
  const drafts = useMemo(() => draftAssessments(sources), [sources]);
  // The form is mounted afresh for each saved version (the page keys it), so this is read once.
  const [initial] = useState<Values>(() =>
    record
      ? valuesOf(record)
      : {
          recipients: DEFAULT_RECIPIENTS,
          intro: draftIntro(unit, stageStart),
          assessments: drafts,
          shortcomings: draftShortcomings(unfinished),
          nextSteps: DRAFT_NEXT_STEPS,
        },
  );
  const watched = Form.useWatch([], form) as Values | undefined;
  const flat = flattenFigures(figures);
  const dirty = !record || !sameValues({ ...initial, ...watched }, record);
  const staleFigures = record !== null && !sameFigures(record, flat);

  const draftOf = (): SelfCheckDraft => ({ ...initial, ...form.getFieldsValue(true), stageId, figures: flat });
  const save = () => run(() => saveSelfCheck(db, unit.id, draftOf(), writeCtx()), '自查情况已保存');

  const exportReport = async () => {
    const saved = await run(() => saveSelfCheck(db, unit.id, draftOf(), writeCtx()));
    if (!saved) return;
    const done = await exportDoc(selfCheckReportTitle(unit), async (o) => {
      const d = await import('@shared/documents');
      return d.buildSelfCheckReport(selfCheckReportModel(saved, unit), o);
    });
    if (done) await run(() => markSelfCheckReported(db, unit.id, stageId, writeCtx()));
  };

  const askReady = () => {
    if (record && dirty) {
      void message.warning({ content: '有修改还没有保存：请先保存，再重新导出自查报告，然后提请验收', duration: 6 });
      return;
    }
    const go = () => run(() => markSelfCheckReady(db, unit.id, stageId, writeCtx()), '已提请督导组验收');
    // A refusal names what is missing at once; only a request that can go asks about the open items.
    if (!readyGate(record ?? undefined).ok || unfinished.length === 0) return void go();
    modal.confirm({
      title: '提请督导组验收',
      content: `本阶段还有 ${unfinished.length} 项工作没有完成（见页面上方的提示）。请确认已在自查报告“存在的不足”中如实写明，由督导组检查后决定是否验收。`,
      okText: '提请验收',
      cancelText: '再看看',
      onOk: go,
    });
  };

  return (
    <Form form={form} layout="vertical" initialValues={initial} data-testid="selfcheck-form">
      <Card title="报告开头" style={{ marginBottom: 16 }}>
        <Form.Item name="recipients" label="主送（报给谁）">
          <Input maxLength={80} style={{ maxWidth: 480 }} />
        </Form.Item>
        <Form.Item name="intro" label="开头一段">
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={5000} />
        </Form.Item>
      </Card>
      {staleFigures && (
        <Typography.Paragraph type="warning" data-testid="figures-changed">
          下面的数据是刚刚统计的，和上次保存时有变化；保存后，自查报告里的数据随之更新。
        </Typography.Paragraph>
      )}
      {SELF_CHECK_POINTS.map((p, i) => (
        <PointCard key={p} point={p} index={i} figures={figures[p]} onRedraft={() => form.setFieldValue(['assessments', p], drafts[p])} />
      ))}
      <Card
        title="存在的不足"
        style={{ marginBottom: 16 }}
        extra={
          <Button size="small" onClick={() => form.setFieldValue('shortcomings', draftShortcomings(unfinished))}>
            按未完成的工作重新起草
          </Button>
        }
      >
        <Form.Item name="shortcomings" noStyle>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 14 }} maxLength={5000} aria-label="存在的不足" placeholder="写明本阶段工作中还存在哪些不足" />
        </Form.Item>
      </Card>
      <Card
        title="下一步打算"
        style={{ marginBottom: 16 }}
        extra={
          <Button size="small" onClick={() => form.setFieldValue('nextSteps', DRAFT_NEXT_STEPS)}>
            填入参考文字
          </Button>
        }
      >
        <Form.Item name="nextSteps" noStyle>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={5000} aria-label="下一步打算" />
        </Form.Item>
      </Card>
      <Space wrap size="middle">
        <Button type="primary" size="large" icon={<SaveOutlined />} onClick={() => void save()} data-testid="selfcheck-save">
          保存自查情况
        </Button>
        <Button size="large" icon={<FileWordOutlined />} onClick={() => void exportReport()} data-testid="selfcheck-export">
          导出自查报告（Word）
        </Button>
        <Button size="large" icon={<SendOutlined />} onClick={askReady} data-testid="selfcheck-ready-button">
          提请督导组验收
        </Button>
        {record && !dirty && <Typography.Text type="secondary">已保存</Typography.Text>}
      </Space>
    </Form>
  );
}

function PointCard({ point, index, figures, onRedraft }: { point: SelfCheckPoint; index: number; figures: Figure[]; onRedraft(): void }) {
  return (
    <Card
      title={`${NUMBERS[index]}、${SELF_CHECK_POINT_LABEL[point]}`}
      style={{ marginBottom: 16 }}
      data-testid={`point-${point}`}
      extra={
        <Button size="small" onClick={onRedraft}>
          按最新数据重新起草
        </Button>
      }
    >
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, lg: 2 }}
        styles={{ label: { width: 200 } }}
        data-testid={`figures-${point}`}
        items={figures.map((f) => ({ key: f.label, label: f.label, children: f.value }))}
        style={{ marginBottom: 12 }}
      />
      <Form.Item name={['assessments', point]} label="自查情况" style={{ marginBottom: 0 }}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} maxLength={5000} placeholder="结合上面的数据，写明这方面做得怎么样、还有什么问题" />
      </Form.Item>
    </Card>
  );
}
