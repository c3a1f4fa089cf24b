import { DatePicker, Form, Input, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { FixItem } from '@shared/throughout/types';
import { useApp } from '../../app/context';
import { useUnit } from '../../app/unitContext';
import { useAction } from '../../app/useAction';
import { completeFixItem } from '../../db/repos/throughout';

interface Values {
  doneOn?: Dayjs;
  result: string;
}

/** Marks an item 已完成: the day it was done and what came of it (R-FIX-NOW: track the result). */
export function CompleteFixItemModal({ item, onClose }: { item: FixItem; onClose(): void }) {
  const { db } = useApp();
  const { unit, writeCtx, today } = useUnit();
  const run = useAction();
  const [form] = Form.useForm<Values>();
  const now = today();
  const submit = async () => {
    const v = await form.validateFields();
    const ok = await run(
      () => completeFixItem(db, unit.id, item.id, { doneOn: v.doneOn ? v.doneOn.format('YYYY-MM-DD') : '', result: v.result ?? '' }, writeCtx()),
      '已记录整改结果',
    );
    if (ok !== undefined) onClose();
  };
  return (
    <Modal
      open
      title={item.status === 'done' ? '修改整改结果' : '标记整改完成'}
      onCancel={onClose}
      onOk={() => void submit()}
      okText="保存"
      cancelText="取消"
      destroyOnHidden
    >
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>
        <Typography.Text type="secondary">存在问题：</Typography.Text>
        {item.problem}
      </Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ doneOn: dayjs(item.doneOn ?? now), result: item.result ?? '' }}
      >
        <Form.Item name="doneOn" label="完成日期" rules={[{ required: true, message: '请选择完成日期' }]}>
          <DatePicker format="YYYY年M月D日" disabledDate={(d) => d.format('YYYY-MM-DD') > now} />
        </Form.Item>
        <Form.Item name="result" label="整改结果" rules={[{ required: true, whitespace: true, message: '请填写整改结果' }]}>
          <Input.TextArea rows={4} maxLength={500} showCount placeholder="改了什么，效果如何，群众是否满意" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
