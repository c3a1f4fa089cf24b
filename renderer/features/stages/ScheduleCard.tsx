import { useState } from 'react';
import { Button, Checkbox, DatePicker, Descriptions, Form, Input, Modal, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { scheduleFor } from '@shared/campaign/lookup';
import { stageTiming } from '@shared/campaign/schedule';
import { formatChineseDate } from '@shared/util/dates';
import type { StageSchedule } from '@shared/campaign/types';
import { useApp } from '../../app/context';
import type { CampaignSnapshot } from '@shared/campaign/snapshot';
import { useUnit } from '../../app/unitContext';
import { useAction } from '../../app/useAction';
import { extendSchedule, setSchedule, shiftForLateStart } from '../../db/repos/campaign';

// An edit keeps any extension already granted.
function withoutUnit({ unitId: _unitId, ...rest }: StageSchedule): Omit<StageSchedule, 'unitId'> {
  return rest;
}

/** R-STAGE-SCHEDULE: the unit's own dates of a stage; an extension needs a reason. */
export function ScheduleCard({ snapshot, stageId, accepted, first }: { snapshot: CampaignSnapshot; stageId: string; accepted: boolean; first: boolean }) {
  const { db } = useApp();
  const { unit, writeCtx, today } = useUnit();
  const run = useAction();
  const [mode, setMode] = useState<'edit' | 'extend' | 'shift' | null>(null);
  const [form] = Form.useForm<{ range: [Dayjs, Dayjs]; newDue: Dayjs; reason: string; dropExtension: boolean; actualStart: Dayjs }>();
  if (!snapshot) return null;
  const s = scheduleFor(snapshot, stageId);
  const timing = stageTiming(s, today());

  const submit = async () => {
    const v = await form.validateFields();
    const ctx = writeCtx();
    const edited = { ...withoutUnit(s), start: v.range?.[0].format('YYYY-MM-DD'), due: v.range?.[1].format('YYYY-MM-DD') };
    if (v.dropExtension) {
      delete edited.extendedDue;
      delete edited.extensionReason;
    }
    const ok =
      mode === 'edit'
        ? await run(() => setSchedule(db, unit.id, edited as Omit<StageSchedule, 'unitId'>, ctx), '日程已修改')
        : mode === 'shift'
          ? await run(
              () => shiftForLateStart(db, unit.id, stageId, v.actualStart.format('YYYY-MM-DD'), ctx),
              '已顺延：本阶段及以后各阶段、方案动作的日期都已调整',
            )
          : await run(() => extendSchedule(db, unit.id, stageId, v.newDue.format('YYYY-MM-DD'), v.reason, ctx), '已延长');
    if (ok !== undefined) setMode(null);
  };

  return (
    <>
      <Descriptions size="small" column={4} bordered>
        <Descriptions.Item label="开始">{formatChineseDate(s.start)}</Descriptions.Item>
        <Descriptions.Item label="应完成">{formatChineseDate(s.due)}</Descriptions.Item>
        <Descriptions.Item label="延长至">
          {s.extendedDue ? `${formatChineseDate(s.extendedDue)}（${s.extensionReason}）` : '—'}
        </Descriptions.Item>
        <Descriptions.Item label="剩余">
          {accepted ? (
            <Typography.Text type="success">已验收</Typography.Text>
          ) : timing.overdue ? (
            <span className="pyt-overdue">已超期 {-timing.daysLeft} 天</span>
          ) : (
            <Typography.Text>{timing.daysLeft} 天</Typography.Text>
          )}
        </Descriptions.Item>
      </Descriptions>
      <Space style={{ marginTop: 8 }}>
        <Button
          size="small"
          onClick={() => {
            form.setFieldsValue({ range: [dayjs(s.start), dayjs(s.due)] });
            setMode('edit');
          }}
        >
          修改日程
        </Button>
        <Button
          size="small"
          onClick={() => {
            form.setFieldsValue({ newDue: dayjs(s.extendedDue ?? s.due).add(7, 'day'), reason: '' });
            setMode('extend');
          }}
        >
          延长时间
        </Button>
        {!first && !accepted && (
          <Button
            size="small"
            onClick={() => {
              form.setFieldsValue({ actualStart: dayjs(today()) });
              setMode('shift');
            }}
          >
            转段较晚，整体顺延
          </Button>
        )}
      </Space>
      <Modal
        open={mode !== null}
        title={mode === 'edit' ? '修改阶段日程' : mode === 'shift' ? '转段较晚，日期整体顺延' : '延长阶段时间（时间服从质量）'}
        onCancel={() => setMode(null)}
        onOk={() => void submit()}
        okText="保存"
        cancelText="取消"
        destroyOnHidden
      >
        <Form form={form} layout="vertical" preserve={false}>
          {mode === 'edit' ? (
            <>
              <Form.Item name="range" label="开始和完成日期" rules={[{ required: true, message: '请选择日期' }]}>
                <DatePicker.RangePicker format="YYYY年M月D日" />
              </Form.Item>
              {s.extendedDue && (
                <Form.Item name="dropExtension" valuePropName="checked">
                  <Checkbox>取消延长（原延长至{formatChineseDate(s.extendedDue)}）</Checkbox>
                </Form.Item>
              )}
              <Typography.Paragraph type="secondary">只改这一阶段的日期。转段较晚需要整体顺延时，请用“转段较晚，整体顺延”。</Typography.Paragraph>
            </>
          ) : mode === 'shift' ? (
            <>
              <Typography.Paragraph>
                本阶段实际开始晚于原定的{formatChineseDate(s.start)}时，本阶段和以后各阶段、工作方案中各项动作的日期按推迟的天数一起顺延，各阶段时长不变。工作方案需重新报督导组审核。
              </Typography.Paragraph>
              <Form.Item name="actualStart" label="实际开始日期" rules={[{ required: true, message: '请选择日期' }]}>
                <DatePicker format="YYYY年M月D日" />
              </Form.Item>
            </>
          ) : (
            <>
              <Form.Item name="newDue" label="延长到" rules={[{ required: true, message: '请选择日期' }]}>
                <DatePicker format="YYYY年M月D日" />
              </Form.Item>
              <Form.Item name="reason" label="延长的理由" rules={[{ required: true, whitespace: true, message: '请写明延长的理由' }]}>
                <Input.TextArea rows={3} maxLength={300} />
              </Form.Item>
            </>
          )}
        </Form>
      </Modal>
    </>
  );
}
