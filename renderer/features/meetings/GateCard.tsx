import { useState } from 'react';
import { Alert, Button, Card, DatePicker, Form, Input, Modal, Popconfirm, Space, Typography } from 'antd';
import { CheckCircleFilled, CloseCircleFilled, SafetyCertificateOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { TEXT_LIMITS } from '@shared/data/fields';
import type { ConditionResult, MeetingGate } from '@shared/meetings/gate';
import type { ConfirmedCondition, SpecialMeeting } from '@shared/meetings/types';
import { formatChineseDate } from '@shared/util/dates';
import { useApp } from '../../app/context';
import { useUnit } from '../../app/unitContext';
import { useAction } from '../../app/useAction';
import { confirmGateCondition, holdSpecialMeeting, withdrawGateCondition } from '../../db/repos/specialMeetings';
import { ErrorLine, useDialogSave } from './dialogSave';

const GREEN = '#389e0d';
const RED = '#cf1322';

interface ConfirmValues {
  by: string;
  on: Dayjs;
  note?: string;
}

function ConfirmDialog({ meeting, c, onClose }: { meeting: SpecialMeeting; c: ConditionResult | null; onClose(): void }) {
  return c ? <ConfirmForm key={c.condition} meeting={meeting} c={c} onClose={onClose} /> : null;
}

function ConfirmForm({ meeting, c, onClose }: { meeting: SpecialMeeting; c: ConditionResult; onClose(): void }) {
  const { db } = useApp();
  const { unit, writeCtx, today } = useUnit();
  const [form] = Form.useForm<ConfirmValues>();
  const { error, save, close } = useDialogSave(onClose);
  const submit = async () => {
    const v = await form.validateFields();
    await save(
      () => confirmGateCondition(db, unit.id, meeting.id, c.condition as ConfirmedCondition, { by: v.by ?? '', on: v.on.format('YYYY-MM-DD'), note: v.note }, writeCtx()),
      '已记录督导组的确认',
    );
  };
  return (
    <Modal open title={`督导组确认：${c.label}`} onCancel={close} onOk={() => void submit()} okText="记录确认" cancelText="取消" destroyOnHidden>
      <ErrorLine error={error} />
      <Alert
        type={c.coverage?.complete ? 'success' : 'warning'}
        showIcon
        style={{ marginBottom: 12 }}
        title={`数据显示：${c.coverage?.line ?? ''}`}
        description={c.coverage?.complete ? undefined : '数据中还有空白：确认后这一项仍不能算达到，请先补上。'}
      />
      <Form form={form} layout="vertical" preserve={false} initialValues={{ by: meeting.supervisorNames[0] ?? '', on: dayjs(today()) }}>
        <Form.Item name="by" label="确认的督导组同志" rules={[{ required: true, whitespace: true, message: '请填写督导组同志的姓名' }]}>
          <Input maxLength={TEXT_LIMITS.personName} />
        </Form.Item>
        <Form.Item name="on" label="确认日期" rules={[{ required: true, message: '请选择日期' }]}>
          <DatePicker format="YYYY年M月D日" />
        </Form.Item>
        <Form.Item name="note" label="说明（可不填）">
          <Input.TextArea rows={2} maxLength={TEXT_LIMITS.note} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function HoldDialog({ meeting, open, onClose }: { meeting: SpecialMeeting; open: boolean; onClose(): void }) {
  return open ? <HoldForm meeting={meeting} onClose={onClose} /> : null;
}

function HoldForm({ meeting, onClose }: { meeting: SpecialMeeting; onClose(): void }) {
  const { db } = useApp();
  const { unit, writeCtx, today } = useUnit();
  const [form] = Form.useForm<{ on: Dayjs }>();
  const { error, save, close } = useDialogSave(onClose);
  const day = meeting.date <= today() ? meeting.date : today();
  const submit = async () => {
    const v = await form.validateFields();
    await save(() => holdSpecialMeeting(db, unit.id, meeting.id, v.on.format('YYYY-MM-DD'), writeCtx()), '已登记会议召开');
  };
  return (
    <Modal open title="登记会议召开" onCancel={close} onOk={() => void submit()} okText="登记召开" cancelText="取消" destroyOnHidden>
      <ErrorLine error={error} />
      <Typography.Paragraph>“六个不开”各项都已达到。会议开过后，登记召开的日期，然后记录每名党员的发言。</Typography.Paragraph>
      <Form form={form} layout="vertical" preserve={false} initialValues={{ on: dayjs(day) }}>
        <Form.Item name="on" label="召开日期" rules={[{ required: true, message: '请选择召开日期' }]}>
          <DatePicker format="YYYY年M月D日" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** “六个不开”: six lines, green or red, each saying what it found or who is missing; then 召开. */
export function GateCard({ meeting, gate }: { meeting: SpecialMeeting; gate: MeetingGate }) {
  const { db } = useApp();
  const { unit, writeCtx } = useUnit();
  const run = useAction();
  const [confirming, setConfirming] = useState<ConditionResult | null>(null);
  const [holding, setHolding] = useState(false);
  const held = meeting.status === 'held';
  const unmet = gate.conditions.filter((c) => !c.met);
  return (
    <Card title="③ “六个不开”检查" style={{ marginTop: 16 }} data-testid="gate-card">
      {gate.conditions.map((c) => (
        <div key={c.condition} data-testid={`gate-line-${c.n}`} data-met={c.met} style={{ display: 'flex', gap: 12, padding: '10px 0', borderBottom: '1px solid #f0f0f0' }}>
          <div style={{ fontSize: 22, lineHeight: '28px' }}>{c.met ? <CheckCircleFilled style={{ color: GREEN }} /> : <CloseCircleFilled style={{ color: RED }} />}</div>
          <div style={{ flex: 1 }}>
            <Typography.Text strong style={{ fontSize: 16 }}>
              {c.n}. {c.label}
            </Typography.Text>
            <div style={{ color: c.met ? GREEN : RED, fontSize: 15 }} data-testid={`gate-detail-${c.n}`}>
              {c.detail}
            </div>
            {c.coverage && (
              <Space wrap style={{ marginTop: 6 }}>
                <Typography.Text type="secondary">数据：{c.coverage.line}</Typography.Text>
                {c.confirmation ? (
                  <>
                    <Typography.Text>
                      已由督导组{c.confirmation.by}于{formatChineseDate(c.confirmation.on)}确认
                    </Typography.Text>
                    {!held && (
                      <Popconfirm
                        title="撤销督导组的这项确认？"
                        okText="撤销"
                        cancelText="不撤销"
                        onConfirm={() => void run(() => withdrawGateCondition(db, unit.id, meeting.id, c.condition as ConfirmedCondition, writeCtx()), '已撤销确认')}
                      >
                        <Button size="small">撤销确认</Button>
                      </Popconfirm>
                    )}
                  </>
                ) : (
                  !held && (
                    <Button size="small" type="primary" ghost icon={<SafetyCertificateOutlined />} onClick={() => setConfirming(c)} data-testid={`confirm-${c.n}`}>
                      督导组确认
                    </Button>
                  )
                )}
              </Space>
            )}
          </div>
        </div>
      ))}
      <div style={{ marginTop: 16 }}>
        {held ? (
          <Alert type="success" showIcon title={`会议已于${formatChineseDate(meeting.date)}召开，召开前“六个不开”各项都已达到。`} />
        ) : unmet.length > 0 ? (
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Alert
              type="error"
              showIcon
              data-testid="hold-blocked"
              title={`还有 ${unmet.length} 项没有达到（第 ${unmet.map((c) => c.n).join('、')} 项），会议不能召开。`}
              description="按上面红色的说明逐项补上，达到后这里会变成可以召开。"
            />
            <Button size="large" disabled data-testid="hold-meeting">
              登记会议召开
            </Button>
          </Space>
        ) : (
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Alert type="success" showIcon title="六项都已达到，可以召开会议。" />
            <Button size="large" type="primary" onClick={() => setHolding(true)} data-testid="hold-meeting">
              登记会议召开
            </Button>
          </Space>
        )}
      </div>
      <ConfirmDialog meeting={meeting} c={confirming} onClose={() => setConfirming(null)} />
      <HoldDialog meeting={meeting} open={holding} onClose={() => setHolding(false)} />
    </Card>
  );
}
