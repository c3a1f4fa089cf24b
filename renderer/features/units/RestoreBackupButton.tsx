import { useState } from 'react';
import { Button } from 'antd';
import { CloudUploadOutlined } from '@ant-design/icons';
import type { UnitBackup } from '@shared/backup/format';
import { useBackupActions } from './backupActions';
import { RestoreBackupModal } from './RestoreBackupModal';

/** Picks a backup file, shows what is in it, and restores it as a new unit or over the same unit. */
export function RestoreBackupButton({ actor, onRestored }: { actor: string; onRestored(unitId: string): void }) {
  const { pickBackup } = useBackupActions();
  const [backup, setBackup] = useState<UnitBackup | null>(null);
  return (
    <>
      <Button
        icon={<CloudUploadOutlined />}
        onClick={async () => {
          const b = await pickBackup();
          if (b) setBackup(b);
        }}
      >
        从备份恢复
      </Button>
      <RestoreBackupModal backup={backup} actor={actor} onClose={() => setBackup(null)} onRestored={onRestored} />
    </>
  );
}
