import { useMemo } from 'react';
import { Button, Checkbox, DatePicker, Form, Input, Modal, Select, Space, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { STUDY_TOPIC_LABEL, STUDY_TOPICS, type StudySession, type StudyTopic } from '@shared/throughout/types';
import { useApp } from '../../app/context';
import { useUnit } from '../../app/unitContext';
import { useAction } from '../../app/useAction';
import { saveStudySession } from '../../db/repos/throughout';
import { AttendeePicker, type BranchGroup } from './AttendeePicker';
import type { StudyData } from './queries';

interface Values {
  date?: Dayjs;
  topics: StudyTopic[];
  content: string;
  place: string;
  host: string;
  attendeeIds: string[];
  makeUps: { memberId?: string; date?: Dayjs }[];
}

/** Records a study session (R-STUDY): topics, who attended by branch, and who made it up when. */
export function StudySessionModal({ session, data, onClose }: { session?: StudySession; data: StudyData; onClose(): void }) {
  const { db } = useApp();
  const { unit, writeCtx, today } = useUnit();
  const run = useAction();
  const [form] = Form.useForm<Values>();
  const now = today();
  const attendees = Form.useWatch('attendeeIds', form);

  const party = useMemo(() => data.members.filter((m) => m.kind === 'party'), [data.members]);
  const groups = useMemo<BranchGroup[]>(() => {
    const out: BranchGroup[] = data.branches
      .map((b) => ({ key: b.id, name: b.name, members: party.filter((m) => m.branchId === b.id) }))
      .filter((g) => g.members.length > 0);
    const known = new Set(data.branches.map((b) => b.id));
    const loose = party.filter((m) => !m.branchId || !known.has(m.branchId));
    if (loose.length > 0) out.push({ key: '', name: '未分配支部', members: loose });
    return out;
  }, [data.branches, party]);
  const absent = party.filter((m) => !(attendees ?? []).includes(m.id));

  const initial: Values = session
    ? {
        date: dayjs(session.date),
        topics: session.topics,
        content: session.content,
        place: session.place ?? '',
        host: session.host ?? '',
        attendeeIds: session.attendeeIds,
        makeUps: session.makeUpIds.map((id, i) => ({ memberId: id, date: dayjs(session.makeUpDates[i]) })),
      }
    : { date: dayjs(now), topics: [], content: '', place: '', host: '', attendeeIds: [], makeUps: [] };

  const submit = async () => {
    const v = await form.validateFields();
    const ok = await run(
      () =>
        saveStudySession(
          db,
          unit.id,
          {
            id: session?.id,
            date: v.date ? v.date.format('YYYY-MM-DD') : '',
            topics: v.topics ?? [],
            content: v.content ?? '',
            place: v.place ?? '',
            host: v.host ?? '',
            attendeeIds: v.attendeeIds ?? [],
            makeUps: (v.makeUps ?? []).map((m) => ({ memberId: m.memberId ?? '', date: m.date ? m.date.format('YYYY-MM-DD') : '' })),
          },
          writeCtx(),
        ),
      '学习记录已保存',
    );
    if (ok !== undefined) onClose();
  };

  const notAfterToday = (d: Dayjs) => d.format('YYYY-MM-DD') > now;

  return (
    <Modal
      open
      width={820}
      title={session ? '编辑学习记录' : '记录集中学习'}
      onCancel={onClose}
      onOk={() => void submit()}
      okText="保存"
      cancelText="取消"
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={initial} preserve={false}>
        <Space size="large" wrap>
          <Form.Item name="date" label="学习日期" rules={[{ required: true, message: '请选择学习日期' }]}>
            <DatePicker format="YYYY年M月D日" disabledDate={notAfterToday} />
          </Form.Item>
          <Form.Item name="place" label="地点">
            <Input maxLength={60} style={{ width: 220 }} />
          </Form.Item>
          <Form.Item name="host" label="主持人">
            <Input maxLength={20} style={{ width: 140 }} />
          </Form.Item>
        </Space>
        <Form.Item name="topics" label="学习内容" rules={[{ required: true, type: 'array', min: 1, message: '请选择学习内容' }]}>
          <Checkbox.Group options={STUDY_TOPICS.map((t) => ({ value: t, label: STUDY_TOPIC_LABEL[t] }))} />
        </Form.Item>
        <Form.Item name="content" label="学习情况说明（学了哪些篇目、怎么学的）">
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        <Form.Item
          name="attendeeIds"
          label="参加学习的党员"
          rules={[{ required: true, type: 'array', min: 1, message: '请选择参加学习的党员' }]}
        >
          <AttendeePicker groups={groups} />
        </Form.Item>
        <Typography.Text strong>缺席党员补学</Typography.Text>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          没有参加的党员补学后，在这里记下补学的人和日期。
        </Typography.Paragraph>
        <Form.List name="makeUps">
          {(fields, { add, remove }) => (
            <div data-testid="make-ups">
              {fields.map((f) => (
                <Space key={f.key} align="baseline" style={{ display: 'flex' }}>
                  <Form.Item name={[f.name, 'memberId']} rules={[{ required: true, message: '请选择补学的党员' }]}>
                    <Select
                      style={{ width: 200 }}
                      placeholder="补学的党员"
                      showSearch={{ optionFilterProp: 'label' }}
                      aria-label="补学的党员"
                      options={absent.map((m) => ({ value: m.id, label: m.name }))}
                    />
                  </Form.Item>
                  <Form.Item name={[f.name, 'date']} rules={[{ required: true, message: '请选择补学日期' }]}>
                    <DatePicker format="YYYY年M月D日" placeholder="补学日期" aria-label="补学日期" disabledDate={notAfterToday} />
                  </Form.Item>
                  <MinusCircleOutlined aria-label="移除" onClick={() => remove(f.name)} />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ date: dayjs(now) })} disabled={absent.length === 0}>
                添加补学人员
              </Button>
            </div>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
