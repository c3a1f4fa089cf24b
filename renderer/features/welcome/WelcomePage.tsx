import { Button, Card, Col, Row, Space, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useNavigate } from 'react-router-dom';
import { createUnit, listUnits } from '../../db/repos/units';
import { createDemoUnit } from '../../db/repos/demo';
import { nowIso, useApp } from '../../app/context';
import { useAction } from '../../app/useAction';
import { UnitForm } from '../units/UnitForm';
import { RestoreBackupButton } from '../units/RestoreBackupButton';
import { SUPERVISOR_HREF } from '../supervisor/route';

/** First run: create the unit, or open the built-in demo unit to see a living app. */
export function WelcomePage() {
  const { db, template, updateSettings } = useApp();
  const navigate = useNavigate();
  const run = useAction();
  const units = useLiveQuery(() => listUnits(db), [db]) ?? [];

  const open = async (unitId: string) => {
    await updateSettings({ lastUnitId: unitId });
    navigate(`/u/${unitId}/home`);
  };

  const openDemo = () =>
    run(async () => {
      const existing = units.find((u) => u.isDemo);
      const id = existing ? existing.id : (await createDemoUnit(db, { actor: '系统', now: nowIso(), template })).id;
      await open(id);
    });

  return (
    <div style={{ maxWidth: 1100, margin: '32px auto', padding: '0 24px' }}>
      <Typography.Title level={2} style={{ marginBottom: 4 }}>
        欢迎使用评议通
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ fontSize: 16 }}>
        党支部分析评议阶段工作台：征求意见、谈心谈话、党性分析材料、专题生活会、满意度测评，一步一步做，每份材料按公文格式打印。所有数据只保存在这台电脑上。
      </Typography.Paragraph>
      <Row gutter={24}>
        <Col xs={24} md={14}>
          <Card title="新建单位">
            <UnitForm
              submitText="创建单位并开始"
              onSubmit={async (draft) => {
                const unit = await run(() => createUnit(db, draft, { actor: draft.contact, now: nowIso(), template }), '单位已创建');
                if (unit) await open(unit.id);
              }}
            />
          </Card>
        </Col>
        <Col xs={24} md={10}>
          <Card title="先看看示例">
            <Typography.Paragraph>
              示例单位有 3 个党支部、约 40 名党员（含领导班子、离退休、外出党员），可以随意操作，不影响您自己的单位。
            </Typography.Paragraph>
            <Button size="large" onClick={() => void openDemo()} data-testid="open-demo">
              打开示例单位
            </Button>
          </Card>
          <Card title="换了电脑？" style={{ marginTop: 16 }}>
            <Typography.Paragraph>用原来电脑上导出的备份文件，可以把单位的全部数据恢复到这台电脑。</Typography.Paragraph>
            <RestoreBackupButton actor="系统" onRestored={(id) => void open(id)} />
          </Card>
          <Card title="督导组工作台" style={{ marginTop: 16 }}>
            <Typography.Paragraph>督导组导入各单位的数据包，查看各单位进度，记录验收并签发回执。与本机的单位数据分开保存。</Typography.Paragraph>
            <Button href={SUPERVISOR_HREF} data-testid="open-supervisor">
              进入督导组工作台
            </Button>
          </Card>
          {units.length > 0 && (
            <Card title="已有单位" style={{ marginTop: 16 }}>
              <Space orientation="vertical" style={{ width: '100%' }}>
                {units.map((u) => (
                  <Button key={u.id} block onClick={() => void open(u.id)}>
                    {u.name}（{u.year}年度）{u.isDemo ? ' · 示例' : ''}
                  </Button>
                ))}
              </Space>
            </Card>
          )}
        </Col>
      </Row>
    </div>
  );
}
