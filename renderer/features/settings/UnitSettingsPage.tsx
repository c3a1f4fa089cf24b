import { Card, Col, Row, Typography } from 'antd';
import { useApp, nowIso } from '../../app/context';
import { useUnit } from '../../app/unitContext';
import { useAction } from '../../app/useAction';
import { updateUnit } from '../../db/repos/units';
import { UnitForm } from '../units/UnitForm';
import { ThresholdsCard } from './ThresholdsCard';
import { FontsCard } from './FontsCard';
import { OperatorCard } from './OperatorCard';
import { DataCard } from './DataCard';
import { AutoBackupsCard } from './AutoBackupsCard';

export function UnitSettingsPage() {
  const { db } = useApp();
  const { unit, actor } = useUnit();
  const run = useAction();
  return (
    <div className="pyt-page">
      <Typography.Title level={3}>单位与设置</Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card title="单位信息">
            <UnitForm
              key={unit.updatedAt}
              initial={unit}
              submitText="保存单位信息"
              onSubmit={async (draft) => {
                await run(() => updateUnit(db, unit.id, draft, { actor, now: nowIso() }), '已保存');
              }}
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <DataCard />
          <AutoBackupsCard />
          <OperatorCard />
          <ThresholdsCard />
          <FontsCard />
        </Col>
      </Row>
    </div>
  );
}
