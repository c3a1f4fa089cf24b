import { useEffect } from 'react';
import { useNavigate } from 'react-router-dom';
import { Spin } from 'antd';
import { listUnits } from '../../db/repos/units';
import { useApp } from '../../app/context';

/** Opens the last unit used, or the welcome screen on first run. */
export function StartPage() {
  const { db, settings } = useApp();
  const navigate = useNavigate();
  useEffect(() => {
    let cancelled = false;
    void listUnits(db).then((units) => {
      if (cancelled) return;
      const last = units.find((u) => u.id === settings.lastUnitId) ?? units[0];
      navigate(last ? `/u/${last.id}/home` : '/welcome', { replace: true });
    });
    return () => {
      cancelled = true;
    };
  }, [db, settings.lastUnitId, navigate]);
  return <Spin size="large" style={{ margin: 80 }} />;
}
