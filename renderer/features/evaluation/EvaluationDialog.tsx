import { useState } from 'react';
import { Alert, App, Button, DatePicker, Form, Input, Modal, Popconfirm, Radio, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { massDraft, peerDraft } from '@shared/evaluation/reference';
import type { EvaluationDraft } from '@shared/evaluation/rules';
import { GRADE_LABEL, GRADES, PROPOSAL_LABEL, type Distinctions, type Grade, type Proposal } from '@shared/evaluation/types';
import type { Member } from '@shared/members/types';
import { formatChineseDate } from '@shared/util/dates';
import { UserError } from '@shared/util/result';
import { useApp } from '../../app/context';
import { useUnit } from '../../app/unitContext';
import { useAction } from '../../app/useAction';
import { deleteEvaluation, saveEvaluation } from '../../db/repos/evaluation';
import { DistinctionsField } from './DistinctionsField';
import { ReferencePanel, useMemberReference } from './ReferencePanel';
import type { EvaluationData } from './useEvaluation';

interface Values {
  fulfils?: boolean;
  qualified?: boolean;
  peerOpinion?: string;
  massOpinion?: string;
  opinion?: string;
  distinctions?: Distinctions;
  requirement?: string;
  deadline?: Dayjs;
  /** `m:<member id>` or `n:<name as written>` */
  helper?: string;
  proposal?: Proposal | 'none';
  facts?: string;
  help?: string;
  grade?: Grade;
  decidedOn?: Dayjs;
}

const MEMBER = 'm:';
const NAME = 'n:';
const YES_NO = (yes: string, no: string) => [
  { value: true, label: yes },
  { value: false, label: no },
];

/** 评议 one party member: the opinion, and for a shortfall the five distinctions, the requirement, the deadline, the helper. */
export function EvaluationDialog({ member, data, onClose }: { member: Member; data: EvaluationData; onClose(): void }) {
  const { db } = useApp();
  const { unit, template, today, writeCtx } = useUnit();
  const run = useAction();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [helperSearch, setHelperSearch] = useState('');
  const reference = useMemberReference(unit.id, member.id);
  const old = data.evaluations.get(member.id);
  const branchName = member.branchId ? data.branchName.get(member.branchId) : undefined;
  const reported = Boolean(data.report?.sentOn && data.report.memberIds.includes(member.id));

  const fulfils = Form.useWatch('fulfils', form);
  const qualified = Form.useWatch('qualified', form);
  const short = fulfils === false || qualified === false;
  const proposal = Form.useWatch('proposal', form);
  const helper = Form.useWatch('helper', form);

  const initial: Values = old
    ? {
        fulfils: old.fulfils,
        qualified: old.qualified,
        peerOpinion: old.peerOpinion ?? '',
        massOpinion: old.massOpinion ?? '',
        opinion: old.opinion,
        distinctions: old.distinctions,
        requirement: old.requirement ?? '',
        ...(old.deadline ? { deadline: dayjs(old.deadline) } : {}),
        ...(old.helperName ? { helper: old.helperId && data.byId.has(old.helperId) ? `${MEMBER}${old.helperId}` : `${NAME}${old.helperName}` } : {}),
        proposal: old.proposal ?? 'none',
        facts: old.facts ?? '',
        help: old.help ?? '',
        ...(old.grade && template.allowGrades ? { grade: old.grade } : {}),
        decidedOn: dayjs(old.decidedOn),
      }
    : { proposal: 'none', decidedOn: dayjs(today()) };

  const typed = helperSearch.trim();
  const outside = new Set(
    [typed && !data.party.some((m) => m.name === typed) ? typed : '', helper?.startsWith(NAME) ? helper.slice(NAME.length) : ''].filter(Boolean),
  );
  const helperOptions = [
    ...data.party
      .filter((m) => m.id !== member.id)
      .map((m) => ({ value: `${MEMBER}${m.id}`, label: m.branchId ? `${m.name}（${data.branchName.get(m.branchId) ?? ''}）` : m.name, search: m.name })),
    ...[...outside].map((n) => ({ value: `${NAME}${n}`, label: `${n}（名册外，按填写的姓名记录）`, search: n })),
  ];

  const fill = (field: 'peerOpinion' | 'massOpinion') => {
    if (!reference) return;
    const text = field === 'peerOpinion' ? peerDraft(reference.turns, reference.opinions) : massDraft(reference.turns, reference.opinions);
    if (!text) {
      void message.info('会议记录和征求意见中没有可以填入的内容');
      return;
    }
    form.setFieldValue(field, text);
  };

  const save = async () => {
    setError(null);
    let v: Values;
    try {
      v = await form.validateFields();
    } catch {
      setError('还有没填好的地方，请看标红的提示');
      return;
    }
    const h = v.helper ?? '';
    const draft: EvaluationDraft = {
      memberId: member.id,
      fulfils: v.fulfils === true,
      qualified: v.qualified === true,
      peerOpinion: v.peerOpinion ?? '',
      massOpinion: v.massOpinion ?? '',
      opinion: v.opinion ?? '',
      distinctions: v.distinctions ?? {},
      requirement: v.requirement ?? '',
      ...(v.deadline ? { deadline: v.deadline.format('YYYY-MM-DD') } : {}),
      ...(h.startsWith(MEMBER) ? { helperId: h.slice(MEMBER.length) } : {}),
      helperName: h.startsWith(NAME) ? h.slice(NAME.length) : '',
      ...(v.proposal && v.proposal !== 'none' ? { proposal: v.proposal } : {}),
      facts: v.facts ?? '',
      help: v.help ?? '',
      ...(v.grade ? { grade: v.grade } : {}),
      decidedOn: v.decidedOn ? v.decidedOn.format('YYYY-MM-DD') : '',
    };
    const r = await run(async () => {
      try {
        return await saveEvaluation(db, unit.id, draft, writeCtx());
      } catch (e) {
        if (e instanceof UserError) {
          setError(e.message);
          return undefined;
        }
        throw e;
      }
    });
    if (r) {
      void message.success(`已保存${member.name}的评议意见`);
      onClose();
    }
  };

  const remove = async () => {
    const ok = await run(() => deleteEvaluation(db, unit.id, member.id, writeCtx()), `已撤销${member.name}的评议意见`);
    if (ok !== undefined) onClose();
  };

  const proposalOptions = [
    { value: 'none', label: '不上报，由支部教育帮助' },
    ...(fulfils === false ? [{ value: 'notFulfilling', label: `拟定为${PROPOSAL_LABEL.notFulfilling}，报上级审核` }] : []),
    ...(qualified === false ? [{ value: 'notQualified', label: `拟定为${PROPOSAL_LABEL.notQualified}，报上级审核` }] : []),
  ];

  return (
    <Modal
      open
      width={900}
      title={`评议 ${member.name}${branchName ? `（${branchName}）` : ''}`}
      onCancel={onClose}
      destroyOnHidden
      footer={
        <Space>
          {old && !reported && (
            <Popconfirm title={`撤销${member.name}的评议意见？`} okText="撤销" cancelText="不撤销" onConfirm={() => void remove()}>
              <Button danger>撤销评议意见</Button>
            </Popconfirm>
          )}
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" onClick={() => void save()} data-testid="save-evaluation">
            保存评议意见
          </Button>
        </Space>
      }
    >
      <ReferencePanel reference={reference} />
      {error && <Alert type="error" showIcon data-testid="evaluation-error" style={{ marginBottom: 12, whiteSpace: 'pre-line' }} title={error} />}
      <Form form={form} layout="vertical" initialValues={initial} preserve={false}>
        <Space size={32} wrap align="start">
          <Form.Item name="fulfils" label="是否履行党员义务" rules={[{ required: true, message: '请选择' }]}>
            <Radio.Group options={YES_NO('履行了党员义务', '没有履行党员义务')} />
          </Form.Item>
          <Form.Item name="qualified" label="是否符合党员条件" rules={[{ required: true, message: '请选择' }]}>
            <Radio.Group options={YES_NO('符合党员条件', '不符合党员条件')} />
          </Form.Item>
          <Form.Item name="decidedOn" label="评议日期" rules={[{ required: true, message: '请选择评议日期' }]}>
            <DatePicker format="YYYY年M月D日" allowClear={false} style={{ width: 170 }} />
          </Form.Item>
        </Space>
        <Form.Item
          name="peerOpinion"
          label={
            <Space>
              党员互评意见（摘要）
              <Button size="small" type="link" onClick={() => fill('peerOpinion')} data-testid="fill-peer">
                从会议记录和征求意见填入
              </Button>
            </Space>
          }
        >
          <Input.TextArea rows={2} maxLength={500} showCount />
        </Form.Item>
        <Form.Item
          name="massOpinion"
          label={
            <Space>
              群众评议意见（摘要）
              <Button size="small" type="link" onClick={() => fill('massOpinion')} data-testid="fill-mass">
                从会议记录和征求意见填入
              </Button>
            </Space>
          }
        >
          <Input.TextArea rows={2} maxLength={500} showCount />
        </Form.Item>
        <Form.Item name="opinion" label="支部评议意见" rules={[{ required: true, whitespace: true, message: '请填写支部评议意见' }]} extra="写明支部的明确意见：是否履行党员义务、是否符合党员条件，有什么希望和要求。">
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
        {template.allowGrades && (
          <Form.Item name="grade" label="格次" extra="本活动模板规定评定格次。">
            <Select allowClear style={{ width: 200 }} options={GRADES.map((g) => ({ value: g, label: GRADE_LABEL[g] }))} />
          </Form.Item>
        )}
        {short && (
          <>
            <DistinctionsField />
            <Typography.Title level={5}>明确要求、改进期限和帮助人</Typography.Title>
            <Form.Item name="requirement" label="对这名党员的明确要求" rules={[{ required: true, whitespace: true, message: '请写明要求' }]}>
              <Input.TextArea rows={2} maxLength={500} showCount />
            </Form.Item>
            <Space size={32} wrap align="start">
              <Form.Item name="deadline" label="改进期限" rules={[{ required: true, message: '请选择改进期限' }]}>
                <DatePicker format="YYYY年M月D日" style={{ width: 170 }} />
              </Form.Item>
              <Form.Item name="helper" label="帮助人" rules={[{ required: true, message: '请指定帮助人' }]} extra="从名册中选择；名册里没有的，输入姓名后选“按填写的姓名记录”。">
                <Select
                  style={{ width: 280 }}
                  showSearch={{ filterOption: (input, o) => String(o?.search ?? '').includes(input.trim()), onSearch: setHelperSearch }}
                  placeholder="输入姓名查找"
                  options={helperOptions}
                  aria-label="帮助人"
                />
              </Form.Item>
            </Space>
            <Form.Item name="proposal" label="是否拟定上报">
              <Radio.Group options={proposalOptions} />
            </Form.Item>
            {proposal && proposal !== 'none' && (
              <>
                <Form.Item name="facts" label="主要表现（写入上报的报告）" rules={[{ required: true, whitespace: true, message: '请写明主要表现' }]}>
                  <Input.TextArea rows={2} maxLength={500} showCount />
                </Form.Item>
                <Form.Item name="help" label="支部做过的教育帮助（写入上报的报告）" rules={[{ required: true, whitespace: true, message: '请写明教育帮助情况' }]}>
                  <Input.TextArea rows={2} maxLength={500} showCount />
                </Form.Item>
              </>
            )}
          </>
        )}
        {reported && (
          <Typography.Text type="secondary">
            这名党员已在{formatChineseDate(data.report!.sentOn!)}上报组织部和活动办公室；评议意见可以修改，不能撤销。
          </Typography.Text>
        )}
      </Form>
    </Modal>
  );
}
