import { useEffect, useState } from 'react';
import { Button, Card, Form, Input, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { fingerprint } from '@shared/bundle/keys';
import { KEY_FILE_EXTENSION } from '@shared/bundle/receipt';
import { useAction } from '../../app/useAction';
import { bridge } from '../../bridge';
import { keyFileOf, saveProfile } from '../../db/repos/supervisor';
import { supervisorDb } from './db';
import { supervisorSigner } from './signer';
import { useProfile } from './useSupervisor';

/**
 * The 督导组's name and its key file (.pytkey) for its units: each unit imports it once and reads
 * the fingerprint back on the phone, so a receipt from anyone else is refused (R-STAGE-ACCEPT).
 */
export function KeyPage() {
  const profile = useProfile();
  const run = useAction();
  const [form] = Form.useForm<{ group: string; member: string }>();
  const [print, setPrint] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    supervisorSigner().then(
      (s) => live && setPrint(fingerprint(s.publicKey)),
      () => live && setPrint(''),
    );
    return () => {
      live = false;
    };
  }, []);
  useEffect(() => {
    if (profile) form.setFieldsValue({ group: profile.group, member: profile.member });
  }, [profile, form]);

  const exportKey = () =>
    run(async () => {
      const k = await keyFileOf(supervisorDb, await supervisorSigner());
      await bridge.filesSave({ suggestedName: k.fileName, filters: [{ name: '督导组密钥文件', extensions: [KEY_FILE_EXTENSION] }], data: k.bytes });
    }, '密钥文件已保存，请交给各单位导入');

  return (
    <div className="pyt-page">
      <Card title="督导组信息">
        <Form form={form} layout="vertical" style={{ maxWidth: 520 }} onFinish={(v) => run(() => saveProfile(supervisorDb, v), '已保存')}>
          <Form.Item name="group" label="督导组名称（写在密钥文件和验收回执上）" rules={[{ required: true, whitespace: true, message: '请填写督导组名称' }]}>
            <Input maxLength={80} placeholder="如：市先进性教育活动第三督导组" />
          </Form.Item>
          <Form.Item name="member" label="常用验收人（可在每次验收时改）">
            <Input maxLength={20} style={{ width: 200 }} />
          </Form.Item>
          <Button type="primary" htmlType="submit" data-testid="save-profile">
            保存
          </Button>
        </Form>
      </Card>
      <Card title="本督导组的密钥" style={{ marginTop: 16 }}>
        <Typography.Paragraph>
          各单位导入下面的密钥文件后，才能核验本督导组签发的验收回执。单位导入时会显示一串数字（指纹），请与单位书记电话逐组核对，与下面的完全一致才算数。
        </Typography.Paragraph>
        <div style={{ margin: '8px 0 20px' }}>
          <Typography.Text type="secondary">本机密钥指纹</Typography.Text>
          <div data-testid="fingerprint" style={{ fontSize: 40, fontWeight: 600, letterSpacing: 6, fontFamily: 'Consolas, "DejaVu Sans Mono", monospace', color: '#c41d1d' }}>
            {print === null ? '正在读取…' : print || '无法读取本机密钥'}
          </div>
        </div>
        <Button icon={<DownloadOutlined />} type="primary" disabled={!profile} onClick={() => void exportKey()} data-testid="export-key">
          保存督导组密钥文件（.{KEY_FILE_EXTENSION}）
        </Button>
        {!profile && (
          <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
            请先在上面填写督导组名称并保存。
          </Typography.Paragraph>
        )}
      </Card>
    </div>
  );
}
