import { useEffect } from 'react';
import { Button, Card, Form, Input, Space, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { defaultPlanTexts, planTextsFor } from '@shared/campaign/planDocument';
import type { PlanTexts } from '@shared/campaign/types';
import type { CampaignSnapshot } from '@shared/campaign/snapshot';
import { useLeaders } from '../roster/queries';
import { useApp } from '../../app/context';
import { useUnit } from '../../app/unitContext';
import { useAction } from '../../app/useAction';
import { savePlanTexts } from '../../db/repos/campaign';

/** The plan's prose: standard wording is offered, the unit rewrites it for itself. */
export function PlanTextsCard({ snapshot, stageId }: { snapshot: CampaignSnapshot; stageId: string }) {
  const { db } = useApp();
  const { unit, writeCtx } = useUnit();
  const leaders = useLeaders(unit.id);
  const run = useAction();
  const [form] = Form.useForm<PlanTexts>();
  const stored = snapshot.planReviews.find((r) => r.stageId === stageId)?.texts;
  // The live campaign state is a new object after every campaign write; reload the form only
  // when the saved texts really change, so what the user is typing is not wiped by another save.
  const storedKey = JSON.stringify(stored ?? null);
  const loaded = leaders !== undefined;
  useEffect(() => {
    if (leaders) form.setFieldsValue(planTextsFor(snapshot, stageId, leaders));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [storedKey, loaded, stageId, form]);
  if (!leaders) return null;

  const area = (name: keyof PlanTexts, label: string, rows = 3, required = false) => (
    <Form.Item name={name} label={label} rules={required ? [{ required: true, whitespace: true, message: `请填写${label}` }] : []}>
      <Input.TextArea autoSize={{ minRows: rows, maxRows: 12 }} maxLength={5000} />
    </Form.Item>
  );

  return (
    <Card
      title="方案正文"
      style={{ marginTop: 16 }}
      extra={
        <Button size="small" onClick={() => form.setFieldsValue(defaultPlanTexts(snapshot, leaders))}>
          填入参考文字
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">
        {stored ? '以下是本单位保存的方案正文。' : '以下是参考文字，请结合本单位实际修改后保存。'}
        修改已报审或已通过的方案，需重新报督导组审核。
      </Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => void run(() => savePlanTexts(db, unit.id, stageId, { ...v, leadingGroup: v.leadingGroup ?? [] }, writeCtx()), '方案正文已保存')}
      >
        {area('intro', '开头（制定依据）', 2)}
        {area('guidingIdeology', '指导思想', 3, true)}
        {area('goals', '目标任务', 3, true)}
        {area('leadership', '组织领导', 2)}
        <Typography.Text>领导小组</Typography.Text>
        <Form.List name="leadingGroup">
          {(fields, { add, remove }) => (
            <div style={{ margin: '8px 0 16px' }}>
              {fields.map((f) => (
                <Space key={f.key} align="baseline" style={{ display: 'flex' }}>
                  <Form.Item name={[f.name, 'role']} style={{ marginBottom: 8 }}>
                    <Input placeholder="组长/副组长/成员" style={{ width: 140 }} maxLength={20} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'names']} style={{ marginBottom: 8 }}>
                    <Input placeholder="姓名（职务）" style={{ width: 420 }} maxLength={300} />
                  </Form.Item>
                  <MinusCircleOutlined onClick={() => remove(f.name)} aria-label="删除这一行" />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ role: '', names: '' })}>
                添加一行
              </Button>
            </div>
          )}
        </Form.List>
        {area('requirements', '工作要求', 3)}
        <Button type="primary" htmlType="submit" data-testid="save-plan-texts">
          保存方案正文
        </Button>
      </Form>
    </Card>
  );
}
