import { AutoComplete, Button, Form, Input, InputNumber, Modal, Radio, Space, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { TEXT_LIMITS } from '@shared/data/fields';
import { suggestedPresentation } from '@shared/meetings/conduct';
import { PRESENTATION_LABEL, PRESENTATIONS, type MeetingTurn, type Presentation, type SpecialMeeting } from '@shared/meetings/types';
import type { Member } from '@shared/members/types';
import { useApp } from '../../app/context';
import { useUnit } from '../../app/unitContext';
import { saveTurn } from '../../db/repos/specialMeetings';
import { ErrorLine, useDialogSave } from './dialogSave';

export interface TurnTarget {
  member: Member;
  turn?: MeetingTurn;
  /** Whether the member is recorded present. */
  present?: boolean;
  nextOrder: number;
}

interface Values {
  order: number;
  presentation: Presentation;
  analysis?: string;
  selfCriticism?: string;
  criticisms?: { from?: string; text?: string }[];
  massComments?: string;
  leaderCommentBy?: string;
  leaderComment?: string;
}

function valuesOf(t: TurnTarget): Values {
  const turn = t.turn;
  if (!turn) return { order: t.nextOrder, presentation: suggestedPresentation(t.member, t.present), criticisms: [{}] };
  return {
    order: turn.order,
    presentation: turn.presentation,
    analysis: turn.analysis,
    selfCriticism: turn.selfCriticism,
    criticisms: turn.criticisms.length > 0 ? turn.criticisms.map((text, i) => ({ from: turn.criticFrom[i], text })) : [{}],
    massComments: turn.massComments,
    leaderCommentBy: turn.leaderCommentBy,
    leaderComment: turn.leaderComment,
  };
}

const HINT: Record<Presentation, string> = {
  inPerson: '到会，本人宣读党性分析材料',
  oral: '年老体弱、书写困难的党员到会口头作党性分析',
  written: '外出或因病不能到会的党员，书面材料在会上宣读',
  none: '没有作党性分析（检查事项会把他列为未完成）',
};

/** One member's turn: how the analysis came, what was said, criticisms and from whom, 群众评议, 领导点评. */
export function TurnDialog(props: { meeting: SpecialMeeting; target: TurnTarget | null; names: string[]; leaders: string[]; onClose(): void }) {
  // A fresh form for each member: a form instance would otherwise carry the last member's answers.
  return props.target ? <TurnForm key={`${props.target.member.id}-${props.target.turn?.updatedAt ?? ''}`} {...props} target={props.target} /> : null;
}

function TurnForm({ meeting, target, names, leaders, onClose }: { meeting: SpecialMeeting; target: TurnTarget; names: string[]; leaders: string[]; onClose(): void }) {
  const { db } = useApp();
  const { unit, writeCtx } = useUnit();
  const [form] = Form.useForm<Values>();
  const { error, save, close } = useDialogSave(onClose);
  const submit = async () => {
    const v = await form.validateFields();
    await save(
      () =>
        saveTurn(
          db,
          unit.id,
          meeting.id,
          {
            memberId: target.member.id,
            order: v.order,
            presentation: v.presentation,
            analysis: v.analysis,
            selfCriticism: v.selfCriticism,
            criticisms: (v.criticisms ?? []).map((c) => ({ from: c.from ?? '', text: c.text ?? '' })),
            massComments: v.massComments,
            leaderCommentBy: v.leaderCommentBy,
            leaderComment: v.leaderComment,
          },
          writeCtx(),
          target.turn?.id,
        ),
      '发言已记录',
    );
  };
  const people = names.map((n) => ({ value: n }));
  const filter = (input: string, o?: { value?: unknown }) => String(o?.value ?? '').includes(input);
  return (
    <Modal open title={`记录发言：${target.member.name}`} onCancel={close} onOk={() => void submit()} okText="保存发言" cancelText="取消" destroyOnHidden width={720} data-testid="turn-dialog">
      <ErrorLine error={error} />
      <Form form={form} layout="vertical" preserve={false} initialValues={valuesOf(target)}>
        <Form.Item name="order" label="发言顺序" rules={[{ required: true, message: '请填写发言顺序' }]}>
          <InputNumber min={1} max={1000} precision={0} style={{ width: 100 }} />
        </Form.Item>
        <Form.Item name="presentation" label="党性分析怎样作的">
          <Radio.Group>
            <Space orientation="vertical">
              {PRESENTATIONS.map((p) => (
                <Radio key={p} value={p}>
                  {PRESENTATION_LABEL[p]}
                  <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
                    {HINT[p]}
                  </Typography.Text>
                </Radio>
              ))}
            </Space>
          </Radio.Group>
        </Form.Item>
        <Form.Item name="analysis" label="党性分析发言（要点）">
          <Input.TextArea rows={3} maxLength={TEXT_LIMITS.meetingNotes} />
        </Form.Item>
        <Form.Item name="selfCriticism" label="自我批评">
          <Input.TextArea rows={2} maxLength={TEXT_LIMITS.meetingNotes} />
        </Form.Item>
        <Typography.Text strong>批评意见（党员互评，谁提的写谁）</Typography.Text>
        <Form.List name="criticisms">
          {(fields, { add, remove }) => (
            <div style={{ margin: '8px 0 16px' }}>
              {fields.map((f, i) => (
                <Space key={f.key} align="start" style={{ display: 'flex' }}>
                  <Form.Item name={[f.name, 'from']} style={{ marginBottom: 8 }}>
                    <AutoComplete options={people} filterOption={filter} placeholder="提出人" aria-label={`第${i + 1}条批评意见提出人`} style={{ width: 150 }} maxLength={TEXT_LIMITS.personName} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'text']} style={{ marginBottom: 8, flex: 1, minWidth: 380 }}>
                    <Input.TextArea rows={1} autoSize placeholder="批评意见的内容" aria-label={`第${i + 1}条批评意见内容`} maxLength={TEXT_LIMITS.opinion} />
                  </Form.Item>
                  <Button icon={<DeleteOutlined />} aria-label="删除这条批评意见" onClick={() => remove(f.name)} />
                </Space>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({})}>
                再加一条
              </Button>
            </div>
          )}
        </Form.List>
        <Form.Item name="massComments" label="群众评议（列席群众的意见）">
          <Input.TextArea rows={2} maxLength={TEXT_LIMITS.meetingNotes} />
        </Form.Item>
        <Space align="start" style={{ display: 'flex' }}>
          <Form.Item name="leaderCommentBy" label="点评人">
            <AutoComplete options={leaders.map((n) => ({ value: n }))} filterOption={filter} style={{ width: 150 }} maxLength={TEXT_LIMITS.personName} />
          </Form.Item>
          <Form.Item name="leaderComment" label="领导点评" style={{ flex: 1, minWidth: 420 }}>
            <Input.TextArea rows={2} maxLength={TEXT_LIMITS.meetingNotes} />
          </Form.Item>
        </Space>
      </Form>
    </Modal>
  );
}
