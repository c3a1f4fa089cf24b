import { useMemo, useState } from 'react';
import { DatePicker, Form, Input, Modal, Select, Spin, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { PERSON_KIND_LABEL } from '@shared/members/types';
import { OPINION_SOURCE_LABEL } from '@shared/opinions/types';
import { isMassesSource } from '@shared/throughout/ledger';
import { shortLabel } from '@shared/throughout/names';
import type { FixItem } from '@shared/throughout/types';
import { useApp } from '../../app/context';
import { useUnit } from '../../app/unitContext';
import { useAction } from '../../app/useAction';
import { saveFixItem } from '../../db/repos/throughout';
import { useLedgerChoices, type LedgerChoices, type OpinionBrief } from './queries';

/** An item to edit, or a new one (possibly from chosen opinions). */
export interface FixItemEditing {
  item?: FixItem;
  fromOpinionIds?: string[];
}

interface Values {
  opinionIds: string[];
  problem: string;
  measure: string;
  /** `m:<member id>` or `n:<name as written>` */
  owner?: string;
  deadline?: Dayjs;
}

const MEMBER = 'm:';
const NAME = 'n:';

/** The opinions' texts, as a first wording of the problem the user may then edit. */
function problemFrom(ids: readonly string[], byId: ReadonlyMap<string, OpinionBrief>): string {
  return ids
    .map((id) => byId.get(id)?.text.trim())
    .filter(Boolean)
    .join('\n');
}

/** The item form; what it offers (every opinion, the roster) is read when it opens. */
export function FixItemModal({ editing, onClose }: { editing: FixItemEditing; onClose(): void }) {
  const { unit } = useUnit();
  const choices = useLedgerChoices(unit.id);
  if (!choices) {
    return (
      <Modal open title={editing.item ? '编辑整改事项' : '新增整改事项'} onCancel={onClose} footer={null}>
        <Spin style={{ display: 'block', margin: 24 }} />
      </Modal>
    );
  }
  return <FixItemForm editing={editing} data={choices} onClose={onClose} />;
}

function FixItemForm({ editing, data, onClose }: { editing: FixItemEditing; data: LedgerChoices; onClose(): void }) {
  const opinionById = useMemo(() => new Map(data.opinions.map((o) => [o.id, o])), [data.opinions]);
  const { db } = useApp();
  const { unit, writeCtx } = useUnit();
  const run = useAction();
  const [form] = Form.useForm<Values>();
  const [ownerSearch, setOwnerSearch] = useState('');
  const item = editing.item;
  const branchName = useMemo(() => new Map(data.branches.map((b) => [b.id, b.name])), [data.branches]);

  const initial: Values = item
    ? {
        opinionIds: item.opinionIds,
        problem: item.problem,
        measure: item.measure,
        owner: item.ownerId && data.members.some((m) => m.id === item.ownerId) ? `${MEMBER}${item.ownerId}` : `${NAME}${item.ownerName}`,
        deadline: dayjs(item.deadline),
      }
    : { opinionIds: editing.fromOpinionIds ?? [], problem: problemFrom(editing.fromOpinionIds ?? [], opinionById), measure: '' };

  const opinionOptions = data.opinions.map((o) => ({
    value: o.id,
    label: `【${OPINION_SOURCE_LABEL[o.source]}】${shortLabel(o.text, 40)}`,
    // Masses' opinions first in the list: they are what R-FIX-NOW starts with.
    masses: isMassesSource(o.source),
  }));
  opinionOptions.sort((a, b) => Number(b.masses) - Number(a.masses));

  // Names outside the roster: the one being typed, the one chosen, the item's own.
  const chosen = Form.useWatch('owner', form);
  const typed = ownerSearch.trim();
  const outside = new Set(
    [
      typed && !data.members.some((m) => m.name === typed) ? typed : '',
      chosen?.startsWith(NAME) ? chosen.slice(NAME.length) : '',
      item && !data.members.some((m) => m.id === item.ownerId) ? item.ownerName : '',
    ].filter(Boolean),
  );
  const ownerOptions = [
    ...data.members.map((m) => {
      const where = m.kind === 'party' ? (m.branchId ? branchName.get(m.branchId) : '') : PERSON_KIND_LABEL[m.kind];
      const extra = [where, m.post].filter(Boolean).join('，');
      return { value: `${MEMBER}${m.id}`, label: extra ? `${m.name}（${extra}）` : m.name, search: m.name };
    }),
    ...[...outside].map((n) => ({ value: `${NAME}${n}`, label: `${n}（名册外，按填写的姓名记录）`, search: n })),
  ];

  const submit = async () => {
    const v = await form.validateFields();
    const owner = v.owner ?? '';
    const ok = await run(
      () =>
        saveFixItem(
          db,
          unit.id,
          {
            id: item?.id,
            opinionIds: v.opinionIds ?? [],
            problem: v.problem ?? '',
            measure: v.measure ?? '',
            ...(owner.startsWith(MEMBER) ? { ownerId: owner.slice(MEMBER.length) } : { ownerName: owner.slice(NAME.length) }),
            deadline: v.deadline ? v.deadline.format('YYYY-MM-DD') : '',
          },
          writeCtx(),
        ),
      '已保存',
    );
    if (ok !== undefined) onClose();
  };

  return (
    <Modal
      open
      width={720}
      title={item ? '编辑整改事项' : '新增整改事项'}
      onCancel={onClose}
      onOk={() => void submit()}
      okText="保存"
      cancelText="取消"
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={initial} preserve={false}>
        <Form.Item
          name="opinionIds"
          label="来自哪些意见（可多选，也可不选）"
          extra={data.opinions.length === 0 ? '意见登记中还没有意见，可以直接填写存在的问题。' : '群众、服务对象的意见排在前面。'}
        >
          <Select
            mode="multiple"
            allowClear
            placeholder="从已登记的意见中选择"
            options={opinionOptions}
            showSearch={{ optionFilterProp: 'label' }}
            onChange={(ids: string[]) => {
              if (!form.getFieldValue('problem')) form.setFieldValue('problem', problemFrom(ids, opinionById));
            }}
          />
        </Form.Item>
        <Form.Item name="problem" label="存在问题" rules={[{ required: true, whitespace: true, message: '请填写存在的问题' }]}>
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
        <Form.Item name="measure" label="整改措施" rules={[{ required: true, whitespace: true, message: '请填写整改措施' }]}>
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
        <Form.Item
          name="owner"
          label="责任人"
          rules={[{ required: true, message: '请选定或填写责任人' }]}
          extra="从名册中选择；名册里没有的，直接输入姓名后选“按填写的姓名记录”。"
        >
          <Select
            showSearch={{ filterOption: (input, o) => String(o?.search ?? '').includes(input.trim()), onSearch: setOwnerSearch }}
            placeholder="输入姓名查找"
            options={ownerOptions}
          />
        </Form.Item>
        <Form.Item name="deadline" label="完成时限" rules={[{ required: true, message: '请选择完成时限' }]}>
          <DatePicker format="YYYY年M月D日" />
        </Form.Item>
        {item?.status === 'done' && (
          <Typography.Text type="secondary">此事项已完成；要修改整改结果，请在台账中点“修改结果”。</Typography.Text>
        )}
      </Form>
    </Modal>
  );
}
