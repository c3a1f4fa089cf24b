import { Layout, Menu, Space, Tag, Typography } from 'antd';
import { AuditOutlined, DashboardOutlined, ImportOutlined, KeyOutlined } from '@ant-design/icons';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { PageErrorBoundary } from '../../app/PageErrorBoundary';
import { useProfile } from './useSupervisor';

const NAV = [
  { key: '/', icon: <DashboardOutlined />, label: '各单位进度' },
  { key: '/import', icon: <ImportOutlined />, label: '导入数据包' },
  { key: '/acceptances', icon: <AuditOutlined />, label: '验收与回执' },
  { key: '/key', icon: <KeyOutlined />, label: '督导组密钥' },
];

/** The supervisor's pages: a side menu, the group's name, and the way back to the units' side. */
export function SupervisorLayout() {
  const navigate = useNavigate();
  const location = useLocation();
  const profile = useProfile();
  const selected = NAV.find((n) => n.key !== '/' && location.pathname.startsWith(n.key))?.key ?? '/';
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={200} theme="light" style={{ borderRight: '1px solid #eee' }}>
        <div style={{ padding: '18px 20px 10px', fontSize: 20, fontWeight: 700, color: '#c41d1d' }}>评议通</div>
        <Menu mode="inline" selectedKeys={[selected]} items={NAV} onClick={(e) => navigate(e.key)} style={{ borderInlineEnd: 'none' }} />
      </Layout.Sider>
      <Layout>
        <Layout.Header style={{ background: '#fff', padding: '0 24px', borderBottom: '1px solid #eee', display: 'flex', alignItems: 'center' }}>
          <Space size="middle" style={{ flex: 1 }}>
            <Typography.Text strong style={{ fontSize: 17 }} data-testid="supervisor-title">
              督导组工作台
            </Typography.Text>
            {profile && <Tag color="red">{profile.group}</Tag>}
          </Space>
          <a href="#/welcome">返回单位工作台</a>
        </Layout.Header>
        <Layout.Content>
          <PageErrorBoundary key={location.pathname} onError={() => undefined} onChooseUnit={() => navigate('/')}>
            <Outlet />
          </PageErrorBoundary>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
