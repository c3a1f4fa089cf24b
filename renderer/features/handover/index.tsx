import { SendOutlined } from '@ant-design/icons';
import type { FeatureModule } from '../../app/feature';
import { HandoverPage } from './HandoverPage';

/** 交督导组: the unit's bundle for the 督导组, this PC's key fingerprint, the group's key and its receipts. */
export const handoverFeature: FeatureModule = {
  id: 'handover',
  routes: [{ path: 'handover', element: <HandoverPage /> }],
  nav: { label: '交督导组', icon: <SendOutlined />, order: 90 },
};
