import { Component, lazy, Suspense, type ReactNode } from 'react';
import { App as AntApp, ConfigProvider, Result, Spin } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import 'dayjs/locale/zh-cn';
import dayjs from 'dayjs';
import { HashRouter, Navigate, Route, Routes } from 'react-router-dom';
import { DEFAULT_DB_NAME, PytDb } from '../db/db';
import { AppProvider } from './context';
import { loadDefaultTemplate } from './template';
import { themeFor } from './theme';
import { StartPage } from '../features/welcome/StartPage';
import { WelcomePage } from '../features/welcome/WelcomePage';
import { UnitLayout } from './UnitLayout';
import { FEATURES } from './features';
import { DbGate } from './DbGate';
import { useInSupervisor } from '../features/supervisor/route';

// The 督导组's workspace (#/supervisor/…), with its own database; loaded when first opened.
const SupervisorRoot = lazy(() => import('../features/supervisor/SupervisorRoot'));

dayjs.locale('zh-cn');

// Opened and watched by DbGate before any page reads it.
const db = new PytDb(DEFAULT_DB_NAME);
const templateResult = loadDefaultTemplate();
const theme = themeFor(window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false);

class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  render() {
    if (this.state.error) {
      return (
        <Result
          status="error"
          title="界面出现错误"
          subTitle={`已保存的数据不受影响。请重新打开程序；如反复出现，请把这段信息告诉技术人员：${this.state.error.message}`}
        />
      );
    }
    return this.props.children;
  }
}

export function Root() {
  const inSupervisor = useInSupervisor();
  return (
    // antd writes its CSS-in-JS into <style> elements; the CSP (electron/main/csp.ts) admits them only
    // with this load's nonce, which the server of index.html put on meta[property=csp-nonce].
    <ConfigProvider
      locale={zhCN}
      theme={theme}
      csp={{ nonce: document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce || undefined }}
    >
      <AntApp>
        <ErrorBoundary>
          {templateResult.ok ? (
            <DbGate db={db}>
              <AppProvider db={db} template={templateResult.value}>
                {inSupervisor ? (
                  <Suspense fallback={<Spin size="large" style={{ margin: 80 }} />}>
                    <SupervisorRoot template={templateResult.value} />
                  </Suspense>
                ) : (
                <HashRouter>
                  <Routes>
                    <Route path="/" element={<StartPage />} />
                    <Route path="/welcome" element={<WelcomePage />} />
                    <Route path="/u/:unitId" element={<UnitLayout />}>
                      <Route index element={<Navigate to="home" replace />} />
                      {FEATURES.flatMap((f) => f.routes).map((r) => (
                        <Route key={r.path} path={r.path} element={r.element} />
                      ))}
                    </Route>
                    {/* The supervisor's workspace replaces this router on its addresses. */}
                    <Route path="/supervisor/*" element={null} />
                    <Route path="*" element={<Navigate to="/" replace />} />
                  </Routes>
                </HashRouter>
                )}
              </AppProvider>
            </DbGate>
          ) : (
            <Result status="error" title="活动模板无法加载" subTitle={templateResult.error.join('；')} />
          )}
        </ErrorBoundary>
      </AntApp>
    </ConfigProvider>
  );
}
