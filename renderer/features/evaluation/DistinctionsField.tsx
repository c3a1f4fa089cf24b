import { Alert, Form, Radio, Space, Typography } from 'antd';
import { DISTINCTION_SIDE_LABEL, DISTINCTION_TITLE, DISTINCTIONS, FIVE_DISTINCTIONS, NA_LABEL, type Distinction } from '@shared/evaluation/types';

const isFive = (d: Distinction) => (FIVE_DISTINCTIONS as readonly Distinction[]).includes(d);

/**
 * R-EVAL-FIVE as questions the branch answers one by one: for each of the five distinctions
 * (and the two that run through them) which side the member's case is on. All must be answered
 * before a member is said to fall short; the repository refuses otherwise.
 */
export function DistinctionsField() {
  return (
    <div data-testid="five-distinctions" style={{ marginBottom: 16 }}>
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 12 }}
        title="请对照“五个区别开来”逐条判断"
        description={
          <>
            说一名党员“没有履行党员义务”或“不符合党员条件”，一定要慎重。请支部对下面每一条都作出选择，全部选完才能保存。
            属于前一种情况的，是教育帮助的问题；只有确属后一种情况、主要是本人主观原因、又是一贯表现的，才可以拟定上报。
          </>
        }
      />
      {DISTINCTIONS.map((d) => (
        <Form.Item
          key={d}
          name={['distinctions', d]}
          label={<Typography.Text strong>{DISTINCTION_TITLE[d]}</Typography.Text>}
          rules={[{ required: true, message: '请选择一项' }]}
          style={{ marginBottom: 12 }}
        >
          <Radio.Group aria-label={DISTINCTION_TITLE[d]}>
            <Space orientation="vertical" size={2}>
              <Radio value="mild">{DISTINCTION_SIDE_LABEL[d].mild}</Radio>
              <Radio value="serious">{DISTINCTION_SIDE_LABEL[d].serious}</Radio>
              {isFive(d) && <Radio value="na">{NA_LABEL}</Radio>}
            </Space>
          </Radio.Group>
        </Form.Item>
      ))}
    </div>
  );
}
