import { useState } from 'react';
import { Alert, App, DatePicker, Form, Input, Modal, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { TEXT_LIMITS } from '@shared/data/fields';
import { formatChineseDate } from '@shared/util/dates';
import { UserError } from '@shared/util/result';
import type { Talk } from '@shared/talks/types';
import { useApp } from '../../app/context';
import { useUnit } from '../../app/unitContext';
import { useAction } from '../../app/useAction';
import { addTalk, planTalk, planTalksInRow, recordTalkDone } from '../../db/repos/talks';
import { PlanFields, planInputOf, planValuesOf, type PlanValues } from './PlanFields';
import type { TalksData } from './useTalks';

/**
 * Runs a save: a refusal (a clash, a missing field) stays in the dialog, where the user is
 * looking, instead of a message that fades; anything else goes through useAction.
 */
function useDialogSave(onDone: (saved: boolean) => void) {
  const run = useAction();
  const { message } = App.useApp();
  const [error, setError] = useState<string | null>(null);
  const save = async (fn: () => Promise<unknown>, success: string) => {
    setError(null);
    const r = await run(async () => {
      try {
        return await fn();
      } catch (e) {
        if (e instanceof UserError) {
          setError(e.message);
          return undefined;
        }
        throw e;
      }
    });
    if (r !== undefined) {
      void message.success(success);
      onDone(true);
    }
  };
  const close = () => {
    setError(null);
    onDone(false);
  };
  return { error, save, close };
}

function ErrorLine({ error }: { error: string | null }) {
  if (!error) return null;
  return <Alert type="error" showIcon data-testid="talk-dialog-error" style={{ marginBottom: 12, whiteSpace: 'pre-line' }} title={error} />;
}

const pairTitle = (data: TalksData, t: Talk) => `${data.name(t.aId)} 与 ${data.name(t.bId)}`;

/** 安排谈心: date, time, length, place and the prepared topic. */
export function PlanDialog({ talk, data, places, onClose }: { talk: Talk | null; data: TalksData; places: string[]; onClose(): void }) {
  const { db } = useApp();
  const { unit, writeCtx } = useUnit();
  const [form] = Form.useForm<PlanValues>();
  const { error, save, close } = useDialogSave(onClose);
  const submit = async () => {
    const v = await form.validateFields();
    await save(() => planTalk(db, unit.id, talk!.id, planInputOf(v), writeCtx()), '已安排');
  };
  return (
    <Modal
      open={talk !== null}
      title={talk ? `安排谈心：${pairTitle(data, talk)}` : ''}
      onCancel={close}
      onOk={() => void submit()}
      okText="保存安排"
      cancelText="取消"
      destroyOnHidden
      width={560}
    >
      <ErrorLine error={error} />
      <Form form={form} layout="vertical" preserve={false} initialValues={planValuesOf(talk ?? undefined)}>
        <PlanFields required places={places} />
      </Form>
    </Modal>
  );
}

interface DoneValues {
  doneOn: Dayjs;
  note: string;
}

/** 记为已谈: the day it was held and a short note; also to correct a record. */
export function DoneDialog({ talk, data, onClose }: { talk: Talk | null; data: TalksData; onClose(): void }) {
  const { db } = useApp();
  const { unit, writeCtx, today } = useUnit();
  const [form] = Form.useForm<DoneValues>();
  const { error, save, close } = useDialogSave(onClose);
  const now = today();
  const day = talk?.doneOn ?? (talk?.date && talk.date <= now ? talk.date : now);
  const submit = async () => {
    const v = await form.validateFields();
    await save(
      () => recordTalkDone(db, unit.id, talk!.id, { doneOn: v.doneOn.format('YYYY-MM-DD'), note: v.note }, writeCtx()),
      '已记录',
    );
  };
  return (
    <Modal
      open={talk !== null}
      title={talk ? `记录谈心：${pairTitle(data, talk)}` : ''}
      onCancel={close}
      onOk={() => void submit()}
      okText="保存记录"
      cancelText="取消"
      destroyOnHidden
    >
      <ErrorLine error={error} />
      {talk?.topic && (
        <Typography.Paragraph type="secondary">
          事先准备的内容：{talk.topic}
          {talk.date ? `（原定 ${formatChineseDate(talk.date)} ${talk.time ?? ''}）` : ''}
        </Typography.Paragraph>
      )}
      <Form form={form} layout="vertical" preserve={false} initialValues={{ doneOn: dayjs(day), note: talk?.note ?? '' }}>
        <Form.Item name="doneOn" label="谈心日期" rules={[{ required: true, message: '请选择谈心日期' }]}>
          <DatePicker format="YYYY年M月D日" disabledDate={(d) => d.format('YYYY-MM-DD') > now} />
        </Form.Item>
        <Form.Item
          name="note"
          label="谈心情况（简要记录）"
          rules={[{ required: true, whitespace: true, message: '请简要记录谈了什么' }]}
          extra="谈了哪些问题、对方提出的意见建议、达成的共识。"
        >
          <Input.TextArea rows={5} maxLength={TEXT_LIMITS.meetingNotes} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface AddValues extends PlanValues {
  aId?: string;
  bId?: string;
}

/** 添加谈心: one the rules do not require pair by pair (党员之间, 党员与群众 …), planned now or later. */
export function AddTalkDialog({ open, data, places, onClose }: { open: boolean; data: TalksData; places: string[]; onClose(): void }) {
  const { db } = useApp();
  const { unit, writeCtx } = useUnit();
  const [form] = Form.useForm<AddValues>();
  const { error, save, close } = useDialogSave(onClose);
  const people = data.members.map((m) => ({ value: m.id, label: data.name(m.id) }));
  const submit = async () => {
    const v = await form.validateFields();
    const planned = v.date || v.time || v.place?.trim();
    await save(
      () => addTalk(db, unit.id, { aId: v.aId ?? '', bId: v.bId ?? '', plan: planned ? planInputOf(v) : undefined }, writeCtx()),
      '已添加',
    );
  };
  const pick = (name: 'aId' | 'bId', label: string) => (
    <Form.Item name={name} label={label} rules={[{ required: true, message: `请选择${label}` }]} style={{ flex: 1 }}>
      <Select showSearch={{ optionFilterProp: 'label' }} options={people} placeholder="输入姓名查找" />
    </Form.Item>
  );
  return (
    <Modal
      open={open}
      title="添加谈心"
      onCancel={close}
      onOk={() => void submit()}
      okText="添加"
      cancelText="取消"
      destroyOnHidden
      width={560}
    >
      <ErrorLine error={error} />
      <Typography.Paragraph type="secondary">
        应谈名单以外的谈心也可以添加，如党员之间、党员与群众之间的谈心。时间地点可以现在填，也可以以后再安排。
      </Typography.Paragraph>
      <Form form={form} layout="vertical" preserve={false} initialValues={planValuesOf()}>
        <div style={{ display: 'flex', gap: 12 }}>
          {pick('aId', '谈话人')}
          {pick('bId', '谈话对象')}
        </div>
        <PlanFields required={false} places={places} />
      </Form>
    </Modal>
  );
}

/** 批量安排: the chosen talks one after another, in the list's order, on one day at one place. */
export function RowPlanDialog({ talks, data, places, onClose }: { talks: Talk[] | null; data: TalksData; places: string[]; onClose(ok: boolean): void }) {
  const { db } = useApp();
  const { unit, writeCtx } = useUnit();
  const [form] = Form.useForm<PlanValues>();
  const { error, save, close } = useDialogSave(onClose);
  const submit = async () => {
    const v = await form.validateFields();
    await save(() => planTalksInRow(db, unit.id, talks!.map((t) => t.id), planInputOf(v), writeCtx()), `已安排 ${talks?.length ?? 0} 次谈心`);
  };
  return (
    <Modal
      open={talks !== null}
      title={`连着安排 ${talks?.length ?? 0} 次谈心`}
      onCancel={close}
      onOk={() => void submit()}
      okText="保存安排"
      cancelText="取消"
      destroyOnHidden
      width={560}
    >
      <ErrorLine error={error} />
      <Typography.Paragraph type="secondary">
        按列表中的顺序一个接一个地谈，每次用“预计时长”，开始时间填第一次的：
        {talks?.slice(0, 6).map((t) => pairTitle(data, t)).join('；')}
        {talks && talks.length > 6 ? ` 等 ${talks.length} 次` : ''}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" preserve={false} initialValues={{ ...planValuesOf(), minutes: 30 }}>
        <PlanFields required places={places} />
      </Form>
    </Modal>
  );
}
