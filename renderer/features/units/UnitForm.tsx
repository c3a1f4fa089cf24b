import { Button, Form, Input, InputNumber } from 'antd';
import type { UnitDraft } from '@shared/units/types';

interface Props {
  initial?: Partial<UnitDraft>;
  submitText: string;
  onSubmit(draft: UnitDraft): Promise<void>;
}

/** 单位名称, 党组织名称, 上级党组织, 活动年度, 书记/联系人. */
export function UnitForm({ initial, submitText, onSubmit }: Props) {
  const [form] = Form.useForm<UnitDraft>();
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ year: new Date().getFullYear(), ...initial }}
      onFinish={(v) => onSubmit({ ...v, name: v.name.trim(), orgName: v.orgName.trim() })}
      requiredMark="optional"
    >
      <Form.Item name="name" label="单位名称" rules={[{ required: true, whitespace: true, message: '请填写单位名称' }]}>
        <Input placeholder="例如：某市经济局" maxLength={60} />
      </Form.Item>
      <Form.Item
        name="orgName"
        label="党组织名称"
        rules={[{ required: true, whitespace: true, message: '请填写党组织名称' }]}
      >
        <Input placeholder="例如：中共某市经济局机关委员会" maxLength={80} />
      </Form.Item>
      <Form.Item name="parentOrg" label="上级党组织" rules={[{ required: true, whitespace: true, message: '请填写上级党组织' }]}>
        <Input placeholder="例如：中共某市直属机关工作委员会" maxLength={80} />
      </Form.Item>
      <Form.Item name="year" label="活动年度" rules={[{ required: true, message: '请填写活动年度' }]}>
        <InputNumber min={2000} max={2100} precision={0} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item name="contact" label="书记/联系人" rules={[{ required: true, whitespace: true, message: '请填写书记或联系人' }]}>
        <Input maxLength={20} />
      </Form.Item>
      <Form.Item name="phone" label="联系电话">
        <Input maxLength={30} />
      </Form.Item>
      <Button type="primary" htmlType="submit" size="large">
        {submitText}
      </Button>
    </Form>
  );
}
