import { useEffect } from 'react';
import { Checkbox, Col, DatePicker, Form, Input, Modal, Radio, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { TEXT_LIMITS as L } from '@shared/data/fields';
import type { Opinion, OpinionCategory, OpinionChannel, OpinionDraft, OpinionSource, OpinionTarget } from '@shared/opinions/types';
import { CATEGORY_OPTIONS, CHANNEL_OPTIONS, SOURCE_OPTIONS, TARGET_OPTIONS } from './labels';
import type { PartyMember } from './useOpinions';

interface Values {
  text: string;
  target: OpinionTarget;
  targetMemberId?: string;
  category: OpinionCategory;
  channel: OpinionChannel;
  source: OpinionSource;
  date: Dayjs;
  anonymous: boolean;
  giver?: string;
  fromStage1: boolean;
}

/** What a new opinion starts from: the last one's channel, source and date (secretaries enter a form's opinions one after another). */
export type OpinionStart = Partial<Pick<OpinionDraft, 'channel' | 'source' | 'date' | 'fromStage1' | 'anonymous'>>;

/** Adds or edits one opinion; `onSave` returns true when it was saved. */
export function OpinionForm({
  open,
  opinion,
  start,
  party,
  today,
  onClose,
  onSave,
}: {
  open: boolean;
  opinion?: Opinion;
  start: OpinionStart;
  party: readonly PartyMember[];
  today: string;
  onClose(): void;
  onSave(draft: OpinionDraft): Promise<boolean>;
}) {
  const [form] = Form.useForm<Values>();
  const target = Form.useWatch('target', form);
  const anonymous = Form.useWatch('anonymous', form);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    const o = opinion;
    form.setFieldsValue(
      o
        ? { ...o, date: dayjs(o.date), giver: o.giver }
        : {
            text: '',
            channel: start.channel,
            source: start.source,
            date: dayjs(start.date ?? today),
            anonymous: start.anonymous ?? true,
            fromStage1: start.fromStage1 ?? false,
          },
    );
  }, [open, opinion, start, today, form]);

  const submit = async () => {
    const v = await form.validateFields();
    const draft: OpinionDraft = {
      text: v.text,
      target: v.target,
      ...(v.target === 'member' && v.targetMemberId ? { targetMemberId: v.targetMemberId } : {}),
      category: v.category,
      channel: v.channel,
      source: v.source,
      date: v.date.format('YYYY-MM-DD'),
      anonymous: v.anonymous,
      ...(!v.anonymous && v.giver ? { giver: v.giver } : {}),
      fromStage1: v.fromStage1,
    };
    if (await onSave(draft)) onClose();
  };

  return (
    <Modal
      open={open}
      title={opinion ? '修改意见' : '登记意见'}
      okText="保存"
      cancelText="取消"
      onOk={() => void submit()}
      onCancel={onClose}
      width={720}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" requiredMark="optional">
        <Form.Item name="text" label="意见内容" rules={[{ required: true, whitespace: true, message: '请填写意见内容' }]}>
          <Input.TextArea rows={3} maxLength={L.opinion} showCount placeholder="照原话记录，如：会议多、文件多，下基层调研少" />
        </Form.Item>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="target" label="意见对象" rules={[{ required: true, message: '请选择意见对象' }]}>
              <Radio.Group options={TARGET_OPTIONS} optionType="button" />
            </Form.Item>
          </Col>
          <Col span={12}>
            {target === 'member' && (
              <Form.Item name="targetMemberId" label="哪名党员" rules={[{ required: true, message: '请选定党员' }]}>
                <Select
                  showSearch={{ optionFilterProp: 'label' }}
                  placeholder="输入姓名查找"
                  options={party.map((m) => ({ value: m.id, label: m.name }))}
                  aria-label="哪名党员"
                />
              </Form.Item>
            )}
          </Col>
        </Row>
        <Form.Item name="category" label="类别" rules={[{ required: true, message: '请选择类别' }]}>
          <Radio.Group options={CATEGORY_OPTIONS} optionType="button" />
        </Form.Item>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="channel" label="征求方式" rules={[{ required: true, message: '请选择征求方式' }]}>
              <Select options={CHANNEL_OPTIONS} placeholder="请选择" aria-label="征求方式" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="source" label="提意见的人" rules={[{ required: true, message: '请选择提意见的人' }]}>
              <Select options={SOURCE_OPTIONS} placeholder="请选择" aria-label="提意见的人" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="date" label="日期" rules={[{ required: true, message: '请选择日期' }]}>
              <DatePicker format="YYYY年M月D日" style={{ width: '100%' }} disabledDate={(d) => d.format('YYYY-MM-DD') > today} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16} align="middle">
          <Col span={8}>
            <Form.Item name="anonymous" valuePropName="checked">
              <Checkbox>匿名（不记姓名）</Checkbox>
            </Form.Item>
          </Col>
          <Col span={8}>
            {!anonymous && (
              <Form.Item name="giver" label="提意见人姓名">
                <Input maxLength={L.personName} />
              </Form.Item>
            )}
          </Col>
          <Col span={8}>
            <Form.Item name="fromStage1" valuePropName="checked">
              <Checkbox>第一阶段征求的意见</Checkbox>
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
