import { useEffect, useState } from 'react';
import { Card, Typography } from 'antd';
import { installationFingerprint } from '../../bridge/signer';

/** This installation's key fingerprint, large, for the secretary to read to the 督导组 by phone. */
export function FingerprintCard() {
  const [value, setValue] = useState<{ fingerprint?: string; error?: string }>({});
  useEffect(() => {
    let live = true;
    installationFingerprint().then(
      (fingerprint) => live && setValue({ fingerprint }),
      (e: unknown) => live && setValue({ error: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, []);
  return (
    <Card title="本机密钥指纹" style={{ marginBottom: 16 }}>
      {value.error ? (
        <Typography.Text type="danger">本机密钥暂时不可用：{value.error}</Typography.Text>
      ) : (
        <Typography.Text data-testid="own-fingerprint" style={{ fontSize: 28, letterSpacing: 2, fontFamily: 'monospace' }}>
          {value.fingerprint ?? '正在读取……'}
        </Typography.Text>
      )}
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
        本机导出的数据包都带有这把密钥的签名。第一次交数据包时，请打电话把这 16 位数字读给督导组，督导组导入时会看到同样的数字，一致即可确认数据包来自本单位、没有被改动过。
      </Typography.Paragraph>
    </Card>
  );
}
