import { AutoComplete, DatePicker, Form, Input, Select, TimePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { TEXT_LIMITS } from '@shared/data/fields';
import type { TalkPlanInput } from '@shared/talks/validate';
import { DEFAULT_TALK_MINUTES, type Talk } from '@shared/talks/types';

/** The plan part of a talk's form, as the form holds it. */
export interface PlanValues {
  date?: Dayjs;
  time?: Dayjs;
  minutes?: number;
  place?: string;
  topic?: string;
}

const MINUTES = [20, 30, 45, 60, 90, 120].map((m) => ({ value: m, label: `${m} 分钟` }));

export function planValuesOf(t?: Talk): PlanValues {
  return {
    date: t?.date ? dayjs(t.date) : undefined,
    time: t?.time ? dayjs(`2000-01-01T${t.time}`) : undefined,
    minutes: t?.minutes ?? DEFAULT_TALK_MINUTES,
    place: t?.place,
    topic: t?.topic,
  };
}

/** The form's values as the repository takes them (it checks them again). */
export function planInputOf(v: PlanValues): TalkPlanInput {
  return {
    date: v.date?.format('YYYY-MM-DD') ?? '',
    time: v.time?.format('HH:mm') ?? '',
    minutes: v.minutes ?? DEFAULT_TALK_MINUTES,
    place: v.place ?? '',
    topic: v.topic ?? '',
  };
}

/** 日期、时间、时长、地点、谈话主要内容 (R-TALK-PLAN: 提前预约，有准备地谈). */
export function PlanFields({ required, places }: { required: boolean; places: string[] }) {
  const need = (message: string) => (required ? [{ required: true, message }] : []);
  return (
    <>
      <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
        <Form.Item name="date" label="日期" rules={need('请选择谈心日期')}>
          <DatePicker format="YYYY年M月D日" style={{ width: 170 }} />
        </Form.Item>
        <Form.Item name="time" label="开始时间" rules={need('请填写开始时间')}>
          <TimePicker format="HH:mm" minuteStep={5} needConfirm={false} style={{ width: 120 }} placeholder="如 15:00" />
        </Form.Item>
        <Form.Item name="minutes" label="预计时长">
          <Select options={MINUTES} style={{ width: 120 }} />
        </Form.Item>
      </div>
      <Form.Item name="place" label="地点" rules={[...need('请填写谈心地点'), { whitespace: true, message: '请填写谈心地点' }]}>
        <AutoComplete
          options={places.map((p) => ({ value: p }))}
          maxLength={TEXT_LIMITS.meetingPlace}
          placeholder="如 党员活动室、局长办公室"
          filterOption={(input, o) => String(o?.value ?? '').includes(input)}
        />
      </Form.Item>
      <Form.Item name="topic" label="谈话主要内容（提前准备）" extra="抓住问题、有针对性地谈：要交换的意见、要反馈的群众意见等。">
        <Input.TextArea rows={3} maxLength={TEXT_LIMITS.note} showCount />
      </Form.Item>
    </>
  );
}
