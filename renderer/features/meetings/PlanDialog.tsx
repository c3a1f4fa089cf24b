import { useRef } from 'react';
import { AutoComplete, Button, DatePicker, Form, Input, Modal, Select, Space, TimePicker, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { TEXT_LIMITS } from '@shared/data/fields';
import { meetingTitle } from '@shared/meetings/scope';
import type { SpecialMeeting, SpecialMeetingKind } from '@shared/meetings/types';
import type { MeetingPlanInput } from '@shared/meetings/validate';
import { PERSON_KIND_LABEL, type Member } from '@shared/members/types';
import { useApp } from '../../app/context';
import { useUnit } from '../../app/unitContext';
import { planSpecialMeeting } from '../../db/repos/specialMeetings';
import { ErrorLine, useDialogSave } from './dialogSave';
import type { MeetingsData } from './useMeetings';

/** What is being planned: a new meeting (kind, branch) or an existing one. */
export type PlanTarget = { kind: SpecialMeetingKind; branchId?: string; meeting?: SpecialMeeting };

interface Values {
  date?: Dayjs;
  time?: Dayjs;
  place?: string;
  host?: string;
  recorder?: string;
  nonParty?: string[];
  higher?: { name?: string; org?: string }[];
  supervisors?: string;
  agenda?: string;
}

const DEFAULT_AGENDA: Record<SpecialMeetingKind, string[]> = {
  democraticLife: ['通报征求意见和谈心谈话情况', '党组书记代表领导班子作对照检查', '班子成员逐一作党性分析，开展批评与自我批评', '上级党组织和督导组同志讲话', '研究整改措施'],
  orgLife: ['支部书记通报征求意见和谈心谈话情况', '党员逐一作党性分析', '开展批评与自我批评，党员互评', '群众代表参与评议', '领导点评', '研究整改措施'],
};

/** “刘明、张华” or “刘明，张华” → names. */
const splitNames = (s: string | undefined) => (s ?? '').split(/[、,，;；\s]+/u).filter(Boolean);

function valuesOf(t: PlanTarget, today: string, host?: Member): Values {
  const m = t.meeting;
  if (!m) return { date: dayjs(today), host: host?.name, agenda: DEFAULT_AGENDA[t.kind].join('\n'), higher: [{}], nonParty: [] };
  return {
    date: dayjs(m.date),
    time: m.time ? dayjs(`2000-01-01T${m.time}`) : undefined,
    place: m.place,
    host: m.hostName,
    recorder: m.recorderName,
    nonParty: m.nonParty,
    higher: m.higherNames.length > 0 ? m.higherNames.map((name, i) => ({ name, org: m.higherOrgs[i] })) : [{}],
    supervisors: m.supervisorNames.join('、'),
    agenda: m.agenda.join('\n'),
  };
}

/** A roster member by name, when exactly one has it (else the typed name stands alone). */
function idOf(name: string | undefined, members: readonly Member[]): string | undefined {
  const hits = members.filter((m) => m.name === (name ?? '').trim());
  return hits.length === 1 ? hits[0].id : undefined;
}

function inputOf(v: Values, members: readonly Member[]): MeetingPlanInput {
  const hostId = idOf(v.host, members);
  const recorderId = idOf(v.recorder, members);
  return {
    date: v.date?.format('YYYY-MM-DD') ?? '',
    ...(v.time ? { time: v.time.format('HH:mm') } : {}),
    place: v.place ?? '',
    ...(hostId ? { hostId } : {}),
    hostName: v.host ?? '',
    ...(recorderId ? { recorderId } : {}),
    recorderName: v.recorder ?? '',
    nonParty: v.nonParty ?? [],
    higher: (v.higher ?? []).map((h) => ({ name: h.name ?? '', org: h.org ?? '' })),
    supervisors: splitNames(v.supervisors),
    agenda: (v.agenda ?? '').split('\n'),
  };
}

/** 安排会议 / 修改会议安排: date, time, place, host, recorder, 列席, 上级党组织 and 督导组, agenda. */
export function PlanDialog(props: { target: PlanTarget | null; data: MeetingsData; onClose(saved: boolean, meetingId?: string): void }) {
  // A fresh form each time it opens: a kept form instance would carry the last answers.
  return props.target ? <PlanForm key={props.target.meeting?.updatedAt ?? `${props.target.kind}-${props.target.branchId ?? ''}`} {...props} target={props.target} /> : null;
}

function PlanForm({ target, data, onClose }: { target: PlanTarget; data: MeetingsData; onClose(saved: boolean, meetingId?: string): void }) {
  const { db } = useApp();
  const { unit, writeCtx, today } = useUnit();
  const [form] = Form.useForm<Values>();
  const savedId = useRef<string | undefined>(undefined);
  const { error, save, close } = useDialogSave((saved) => onClose(saved, savedId.current));
  const members = data.world.members;
  const scope = data.scopeOf(target);
  const lead = scope.find((m) => m.roles.includes(target.kind === 'orgLife' ? 'branchSecretary' : 'partyGroupSecretary'));
  const party = [...scope, ...members.filter((m) => m.kind === 'party' && !scope.includes(m))];
  const people = party.map((m) => ({ value: m.name, label: `${m.name}${m.post ? `（${m.post}）` : ''}` }));
  const nonParty = members.filter((m) => m.kind !== 'party').map((m) => ({ value: m.name, label: `${m.name}（${m.post || PERSON_KIND_LABEL[m.kind]}）` }));
  const title = meetingTitle(target, data.branchName(target.branchId));
  const submit = async () => {
    const v = await form.validateFields();
    await save(async () => {
      const m = await planSpecialMeeting(db, unit.id, target, inputOf(v, members), writeCtx(), target.meeting?.id);
      savedId.current = m.id;
      return m;
    }, target.meeting ? '会议安排已修改' : '会议已安排');
  };
  const filter = (input: string, o?: { value?: unknown; label?: unknown }) => String(o?.label ?? o?.value ?? '').includes(input);
  return (
    <Modal
      open
      title={`${target.meeting ? '修改会议安排' : '安排会议'}：${title}`}
      onCancel={close}
      onOk={() => void submit()}
      okText="保存安排"
      cancelText="取消"
      destroyOnHidden
      width={680}
      data-testid="meeting-plan-dialog"
    >
      <ErrorLine error={error} />
      <Form form={form} layout="vertical" preserve={false} initialValues={valuesOf(target, today(), lead)}>
        <Space wrap size={16}>
          <Form.Item name="date" label="会议日期" rules={[{ required: true, message: '请选择会议日期' }]}>
            <DatePicker format="YYYY年M月D日" style={{ width: 170 }} />
          </Form.Item>
          <Form.Item name="time" label="开始时间">
            <TimePicker format="HH:mm" minuteStep={5} needConfirm={false} style={{ width: 120 }} placeholder="如 08:30" />
          </Form.Item>
          <Form.Item name="place" label="地点" rules={[{ required: true, whitespace: true, message: '请填写会议地点' }]}>
            <Input maxLength={TEXT_LIMITS.meetingPlace} style={{ width: 260 }} placeholder="如 三楼会议室" />
          </Form.Item>
        </Space>
        <Space wrap size={16}>
          <Form.Item name="host" label="主持人" rules={[{ required: true, whitespace: true, message: '请填写主持人' }]} extra="从名册中选，或直接输入姓名">
            <AutoComplete options={people} filterOption={filter} style={{ width: 260 }} maxLength={TEXT_LIMITS.personName} />
          </Form.Item>
          <Form.Item name="recorder" label="记录人" rules={[{ required: true, whitespace: true, message: '请填写记录人' }]}>
            <AutoComplete options={people} filterOption={filter} style={{ width: 260 }} maxLength={TEXT_LIMITS.personName} />
          </Form.Item>
        </Space>
        <Form.Item name="nonParty" label="列席的党外群众" extra="从名册中的群众、服务对象里选，名册中没有的可直接输入姓名后按回车">
          <Select mode="tags" options={nonParty} placeholder="选择或输入姓名" aria-label="列席的党外群众" tokenSeparators={['、', '，', ',']} />
        </Form.Item>
        <Typography.Text strong>上级党组织参加人员</Typography.Text>
        <Form.List name="higher">
          {(fields, { add, remove }) => (
            <div style={{ margin: '8px 0 16px' }}>
              {fields.map((f, i) => (
                <Space key={f.key} align="start" wrap>
                  <Form.Item name={[f.name, 'name']} style={{ marginBottom: 8 }}>
                    <Input placeholder="姓名" aria-label={`上级党组织参加人员${i + 1}姓名`} maxLength={TEXT_LIMITS.personName} style={{ width: 160 }} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'org']} style={{ marginBottom: 8 }}>
                    <Input placeholder="所在单位和职务，如 市直机关工委组织部" aria-label={`上级党组织参加人员${i + 1}单位`} maxLength={TEXT_LIMITS.orgName} style={{ width: 320 }} />
                  </Form.Item>
                  <Button icon={<DeleteOutlined />} aria-label="删除这一行" onClick={() => remove(f.name)} />
                </Space>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({})}>
                再加一人
              </Button>
            </div>
          )}
        </Form.List>
        <Form.Item name="supervisors" label="督导组参加人员" extra="多人用顿号隔开，如：刘明、张华">
          <Input maxLength={200} placeholder="督导组同志的姓名" />
        </Form.Item>
        <Form.Item name="agenda" label="会议议程（每行一项）">
          <Input.TextArea rows={5} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
