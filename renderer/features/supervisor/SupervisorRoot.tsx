/**
 * The 督导组工作台 (#/supervisor/…): its own database, its pages, and the imported units opened
 * with the same pages a unit sees, read-only.
 */
import { useEffect } from 'react';
import { HashRouter, Navigate, Route, Routes } from 'react-router-dom';
import type { CampaignTemplate } from '@shared/campaign/template';
import { AppProvider } from '../../app/context';
import { DbGate } from '../../app/DbGate';
import { FEATURES } from '../../app/features';
import { SUPERVISOR_PATH } from './route';
import { supervisorDb } from './db';
import { SupervisorLayout } from './SupervisorLayout';
import { DashboardPage } from './DashboardPage';
import { ImportPage } from './ImportPage';
import { AcceptancesPage } from './AcceptancesPage';
import { KeyPage } from './KeyPage';
import { ReadOnlyUnit } from './ReadOnlyUnit';

/** Leaves the supervisor's workspace for the units' welcome page. */
function ToWelcome() {
  useEffect(() => {
    window.location.hash = '#/welcome';
  }, []);
  return null;
}

export default function SupervisorRoot({ template }: { template: CampaignTemplate }) {
  return (
    <DbGate db={supervisorDb}>
      <AppProvider db={supervisorDb} template={template}>
        <HashRouter basename={SUPERVISOR_PATH}>
          <Routes>
            <Route element={<SupervisorLayout />}>
              <Route index element={<DashboardPage />} />
              <Route path="import" element={<ImportPage />} />
              <Route path="acceptances" element={<AcceptancesPage />} />
              <Route path="key" element={<KeyPage />} />
            </Route>
            <Route path="/u/:unitId" element={<ReadOnlyUnit />}>
              <Route index element={<Navigate to="home" replace />} />
              {FEATURES.flatMap((f) => f.routes).map((r) => (
                <Route key={r.path} path={r.path} element={r.element} />
              ))}
            </Route>
            <Route path="/welcome" element={<ToWelcome />} />
            <Route path="*" element={<Navigate to="/" replace />} />
          </Routes>
        </HashRouter>
      </AppProvider>
    </DbGate>
  );
}
