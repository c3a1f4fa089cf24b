import { AuditOutlined, SettingOutlined } from '@ant-design/icons';
import type { FeatureModule } from '../../app/feature';
import { AuditPage } from './AuditPage';
import { UnitSettingsPage } from './UnitSettingsPage';

export const settingsFeature: FeatureModule = {
  id: 'settings',
  routes: [{ path: 'settings', element: <UnitSettingsPage /> }],
  nav: { label: '单位与设置', icon: <SettingOutlined />, order: 90 },
};

export const auditFeature: FeatureModule = {
  id: 'audit',
  routes: [{ path: 'audit', element: <AuditPage /> }],
  nav: { label: '操作记录', icon: <AuditOutlined />, order: 100 },
};
