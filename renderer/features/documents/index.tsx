import { PrinterOutlined } from '@ant-design/icons';
import type { FeatureModule } from '../../app/feature';
import { DocumentsPage } from './DocumentsPage';

export const documentsFeature: FeatureModule = {
  id: 'documents',
  routes: [{ path: 'documents', element: <DocumentsPage /> }],
  nav: { label: '打印材料', icon: <PrinterOutlined />, order: 80 },
};
