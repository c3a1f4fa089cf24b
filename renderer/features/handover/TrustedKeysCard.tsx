import { useState } from 'react';
import { Alert, Button, Card, Modal, Popconfirm, Table, Typography } from 'antd';
import { KeyOutlined } from '@ant-design/icons';
import { KEY_FILE_EXTENSION, readKeyFile, type TrustedKey } from '@shared/bundle/receipt';
import type { TrustedSupervisorKey } from '@shared/ipc/contract';
import { formatChineseDate } from '@shared/util/dates';
import { nowIso, useApp } from '../../app/context';
import { useAction } from '../../app/useAction';
import { bridge } from '../../bridge';
import { UserError } from '@shared/util/result';
import { sameGroupOtherKey, withoutTrustedKey, withTrustedKey } from './trustedKeys';

const fingerprintStyle = { fontSize: 28, letterSpacing: 2, fontFamily: 'monospace' } as const;

/**
 * 督导组密钥: the keys whose 验收回执 this PC accepts. A key file is kept only after the secretary
 * has compared its fingerprint with the 督导组 by phone; each key can be removed.
 */
export function TrustedKeysCard() {
  const { settings, updateSettings } = useApp();
  const run = useAction();
  const [pending, setPending] = useState<TrustedKey | null>(null);
  const trusted = settings.trustedSupervisorKeys ?? [];

  const pick = () =>
    run(async () => {
      const { files } = await bridge.filesOpen({ filters: [{ name: '督导组密钥文件', extensions: [KEY_FILE_EXTENSION] }], multiple: false });
      if (!files[0]) return;
      const r = readKeyFile(files[0].data);
      if (!r.ok) throw new UserError(`“${files[0].name}”未导入：${r.error.join('；')}`);
      if (trusted.some((k) => k.publicKey === r.value.publicKey)) throw new UserError(`本机已经信任“${r.value.group}”的这把密钥，不用再导入`);
      setPending(r.value);
    });

  const confirm = (key: TrustedKey) =>
    run(async () => {
      const next = withTrustedKey(trusted, key, nowIso());
      if (next) await updateSettings({ trustedSupervisorKeys: next });
      setPending(null);
    }, `已信任“${key.group}”的密钥`);

  const remove = (k: TrustedSupervisorKey) =>
    run(() => updateSettings({ trustedSupervisorKeys: withoutTrustedKey(trusted, k.publicKey) }), `已移除“${k.group}”的密钥`);

  const other = pending ? sameGroupOtherKey(trusted, pending) : undefined;
  return (
    <Card
      title="督导组密钥"
      style={{ marginBottom: 16 }}
      extra={
        <Button icon={<KeyOutlined />} onClick={() => void pick()} data-testid="import-key-file">
          导入督导组密钥文件
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">
        督导组会发一个密钥文件（.{KEY_FILE_EXTENSION}）。导入并打电话核对指纹后，本机才认可该督导组签发的电子验收回执。本机的所有单位共用这里的设置。
      </Typography.Paragraph>
      <Table<TrustedSupervisorKey>
        size="small"
        rowKey="publicKey"
        pagination={false}
        dataSource={trusted}
        locale={{ emptyText: '还没有导入督导组的密钥' }}
        columns={[
          { title: '督导组', dataIndex: 'group' },
          { title: '密钥指纹', dataIndex: 'fingerprint', render: (f: string) => <span style={{ fontFamily: 'monospace', fontSize: 16 }}>{f}</span> },
          { title: '核对信任于', dataIndex: 'trustedAt', render: (t: string) => formatChineseDate(t.slice(0, 10)) },
          {
            title: '',
            key: 'remove',
            width: 90,
            render: (_: unknown, k) => (
              <Popconfirm title={`不再信任“${k.group}”的这把密钥？`} description="已经导入的验收回执不受影响。" okText="移除" cancelText="取消" onConfirm={() => void remove(k)}>
                <Button size="small" danger>
                  移除
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
      <Modal
        open={pending !== null}
        title="核对督导组密钥指纹"
        okText="数字完全一致，信任此密钥"
        cancelText="不一致，不导入"
        onOk={() => pending && void confirm(pending)}
        onCancel={() => setPending(null)}
        okButtonProps={{ 'data-testid': 'trust-key' } as Record<string, string>}
        destroyOnHidden
      >
        {pending && (
          <>
            <Typography.Paragraph>
              密钥文件来自：<Typography.Text strong>{pending.group}</Typography.Text>
            </Typography.Paragraph>
            <Typography.Paragraph>它的指纹是：</Typography.Paragraph>
            <Typography.Paragraph data-testid="pending-fingerprint" style={fingerprintStyle}>
              {pending.fingerprint}
            </Typography.Paragraph>
            <Typography.Paragraph>
              请打电话给督导组，请对方读出他们的密钥指纹，与上面的 16 位数字逐组核对。完全一致才信任；有一位不同就不要导入，并告诉督导组。
            </Typography.Paragraph>
            {other && (
              <Alert
                type="warning"
                showIcon
                title={`本机已信任同名督导组的另一把密钥（指纹 ${other.fingerprint}）`}
                description="督导组换了密钥时会这样；不确定的话，请先向督导组问清楚。"
              />
            )}
          </>
        )}
      </Modal>
    </Card>
  );
}
