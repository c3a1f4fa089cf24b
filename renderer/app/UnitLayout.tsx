import { Layout, Menu, Result, Select, Space, Spin, Tag, Tooltip, Typography } from 'antd';
import { Outlet, useLocation, useNavigate, useParams } from 'react-router-dom';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { listUnits } from '../db/repos/units';
import { nowIso, today, useApp } from './context';
import { ensureDailyAutoBackup } from '../db/repos/backup';
import { APP_VERSION } from '../version';
import { UnitProvider, useReadOnly } from './unitContext';
import { PageErrorBoundary } from './PageErrorBoundary';
import { FEATURES } from './features';
import { templateFor } from '@shared/campaign/templates';
import { formatChineseDate } from '@shared/util/dates';

const NAV = FEATURES.filter((f) => f.nav)
  .sort((a, b) => a.nav!.order - b.nav!.order)
  .map((f) => ({ key: f.routes[0].path, icon: f.nav!.icon, label: f.nav!.label }));

const NEW_UNIT = '__new__';

export function UnitLayout() {
  const { unitId = '' } = useParams();
  const { db, settings, updateSettings } = useApp();
  const navigate = useNavigate();
  const location = useLocation();
  const units = useLiveQuery(() => listUnits(db), [db]);
  const unit = units?.find((u) => u.id === unitId);
  // A unit whose page failed is not reopened by the next start.
  const [failedUnit, setFailedUnit] = useState<string | null>(null);
  // A read-only workspace (the 督导组's) neither backs its units up nor reopens them at start.
  const readOnly = useReadOnly() !== null;

  // Once a day, the first time the unit is opened: a backup on this PC. It never blocks the page.
  const unitKey = unit?.id;
  useEffect(() => {
    if (!unitKey || readOnly) return;
    void ensureDailyAutoBackup(db, unitKey, APP_VERSION, nowIso(), today()).catch(() => undefined);
  }, [db, unitKey, readOnly]);

  useEffect(() => {
    if (unit && !readOnly && unit.id !== failedUnit && settings.lastUnitId !== unit.id) void updateSettings({ lastUnitId: unit.id });
  }, [unit, readOnly, failedUnit, settings.lastUnitId, updateSettings]);

  if (!units) return <Spin size="large" style={{ margin: 80 }} />;
  if (!unit) {
    return <Result status="404" title="找不到这个单位" extra={<a href="#/welcome">选择其他单位或从备份恢复</a>} />;
  }
  const template = templateFor(unit);
  if (!template.ok) {
    return (
      <Result
        status="warning"
        title="这个单位的活动模板无法打开"
        subTitle={template.error.join('；')}
        extra={<a href="#/welcome">选择其他单位或从备份恢复</a>}
      />
    );
  }
  const section = location.pathname.split('/')[3] ?? 'home';

  return (
    <Layout style={{ minHeight: '100%' }}>
      <Layout.Sider width={200} theme="light" style={{ borderRight: '1px solid #eee' }}>
        <div style={{ padding: '18px 20px 10px', fontSize: 20, fontWeight: 700, color: '#c41d1d' }}>评议通</div>
        <Menu
          mode="inline"
          selectedKeys={[section]}
          items={NAV}
          onClick={(e) => navigate(`/u/${unit.id}/${e.key}`)}
          style={{ borderInlineEnd: 'none' }}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{ background: '#fff', padding: '0 24px', borderBottom: '1px solid #eee', display: 'flex', alignItems: 'center' }}
        >
          <Space size="middle" style={{ flex: 1 }}>
            <Typography.Text strong style={{ fontSize: 17 }} data-testid="unit-name">
              {unit.orgName}
            </Typography.Text>
            <Tag>{unit.year}年度</Tag>
            {unit.isDemo && <Tag color="gold">示例单位</Tag>}
            {unit.demoToday && (
              <Tooltip title={`示例单位停在${formatChineseDate(unit.demoToday)}：页面上的期限、剩余天数和是否超期都从这一天算起，与电脑上的日期无关。`}>
                <Tag color="gold" data-testid="demo-today">
                  演示日期 {formatChineseDate(unit.demoToday)}
                </Tag>
              </Tooltip>
            )}
          </Space>
          <Space>
            <span>切换单位</span>
            <Select
              aria-label="切换单位"
              value={unit.id}
              style={{ width: 240 }}
              onChange={(v) => navigate(v === NEW_UNIT ? '/welcome' : `/u/${v}/home`)}
              options={[
                ...units.map((u) => ({ value: u.id, label: `${u.name}${u.isDemo ? '（示例）' : ''}` })),
                { value: NEW_UNIT, label: '＋ 新建或打开其他单位…' },
              ]}
            />
          </Space>
        </Layout.Header>
        <Layout.Content>
          <PageErrorBoundary
            key={`${unit.id}:${location.pathname}`}
            onError={() => {
              setFailedUnit(unit.id);
              void updateSettings({ lastUnitId: null });
            }}
            onChooseUnit={() => navigate('/welcome')}
          >
            <UnitProvider unit={unit} template={template.value}>
              <Outlet />
            </UnitProvider>
          </PageErrorBoundary>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
