import { AuditOutlined } from '@ant-design/icons';
import type { FeatureModule } from '../../app/feature';
import { SELFCHECK_FEATURE } from '@shared/selfcheck/measures';
import { SelfCheckPage } from './SelfCheckPage';

/** 阶段自查 (R-STAGE-SELFCHECK): the six points, the 自查报告, the request for acceptance. */
export const selfCheckFeature: FeatureModule = {
  id: SELFCHECK_FEATURE,
  routes: [{ path: 'self-check', element: <SelfCheckPage /> }],
  nav: { label: '阶段自查', icon: <AuditOutlined />, order: 68 },
};
