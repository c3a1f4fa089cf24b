import { Button, Form, Input, InputNumber } from 'antd';
import { TEXT_LIMITS as L } from '@shared/data/fields';
import type { UnitDraft } from '@shared/units/types';
import { cleanLine } from '@shared/util/text';

interface Props {
  initial?: Partial<UnitDraft>;
  submitText: string;
  onSubmit(draft: UnitDraft): Promise<void>;
}

/** Required text: spaces and invisible characters alone (a pasted zero-width space) are not an answer. */
const visible = (message: string) => ({
  required: true,
  validator: (_: unknown, value?: string) => (cleanLine(value ?? '') === '' ? Promise.reject(new Error(message)) : Promise.resolve()),
});

/**
 * 单位名称, 党组织名称, 上级党组织, 活动年度, 书记/联系人. Texts are cleaned as they leave the form
 * (cleanLine); validateUnitDraft, which the repository calls, cleans them again for any other caller.
 */
export function UnitForm({ initial, submitText, onSubmit }: Props) {
  const [form] = Form.useForm<UnitDraft>();
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ year: new Date().getFullYear(), ...initial }}
      onFinish={(v) =>
        onSubmit({
          ...v,
          name: cleanLine(v.name),
          orgName: cleanLine(v.orgName),
          parentOrg: cleanLine(v.parentOrg ?? ''),
          contact: cleanLine(v.contact ?? ''),
          ...(v.phone === undefined ? {} : { phone: cleanLine(v.phone) }),
        })
      }
      requiredMark="optional"
    >
      <Form.Item name="name" label="单位名称" rules={[visible('请填写单位名称')]}>
        <Input placeholder="例如：某市经济局" maxLength={L.unitName} />
      </Form.Item>
      <Form.Item name="orgName" label="党组织名称" rules={[visible('请填写党组织名称')]}>
        <Input placeholder="例如：中共某市经济局机关委员会" maxLength={L.orgName} />
      </Form.Item>
      <Form.Item name="parentOrg" label="上级党组织" rules={[visible('请填写上级党组织')]}>
        <Input placeholder="例如：中共某市直属机关工作委员会" maxLength={L.parentOrg} />
      </Form.Item>
      <Form.Item name="year" label="活动年度" rules={[{ required: true, message: '请填写活动年度' }]}>
        <InputNumber min={2000} max={2100} precision={0} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item name="contact" label="书记/联系人" rules={[visible('请填写书记或联系人')]}>
        <Input maxLength={L.contact} />
      </Form.Item>
      <Form.Item name="phone" label="联系电话">
        <Input maxLength={L.phone} />
      </Form.Item>
      <Button type="primary" htmlType="submit" size="large">
        {submitText}
      </Button>
    </Form>
  );
}
