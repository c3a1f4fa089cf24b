import { Alert, Typography } from 'antd';
import { useUnit } from '../../app/unitContext';
import { ExportBundleCard } from './ExportBundleCard';
import { FingerprintCard } from './FingerprintCard';
import { ReceiptsCard } from './ReceiptsCard';
import { TrustedKeysCard } from './TrustedKeysCard';

/** 交督导组: the bundle out, the 督导组's key in, its signed acceptances back (R-STAGE-ACCEPT). */
export function HandoverPage() {
  const { readOnly } = useUnit();
  if (readOnly) {
    // In the 督导组's workspace: the unit's acceptances and where each came from, nothing to do.
    return (
      <div className="pyt-page">
        <Typography.Title level={3}>交督导组</Typography.Title>
        <Alert type="info" showIcon title="这是单位交来的数据，只能查看：导出数据包、导入密钥和回执要在单位自己的电脑上做。" style={{ marginBottom: 16 }} />
        <ReceiptsCard />
      </div>
    );
  }
  return (
    <div className="pyt-page">
      <Typography.Title level={3}>交督导组</Typography.Title>
      <ExportBundleCard />
      <FingerprintCard />
      <ReceiptsCard />
      <TrustedKeysCard />
    </div>
  );
}
