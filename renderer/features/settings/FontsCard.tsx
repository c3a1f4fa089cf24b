import { Button, Card, Form, Select, Typography } from 'antd';
import { DEFAULT_DOCUMENT_FONTS, type DocumentFonts } from '@shared/ipc/contract';
import { useApp } from '../../app/context';
import { useAction } from '../../app/useAction';

const FIELDS: { key: keyof DocumentFonts; label: string; choices: string[] }[] = [
  { key: 'title', label: '标题', choices: ['方正小标宋简体', '方正小标宋_GBK', '华文中宋', '宋体', '黑体'] },
  { key: 'body', label: '正文', choices: ['仿宋_GB2312', '仿宋', '方正仿宋_GBK', '宋体'] },
  { key: 'heading1', label: '一级标题（一、）', choices: ['黑体', '方正黑体_GBK'] },
  { key: 'heading2', label: '二级标题（（一））', choices: ['楷体_GB2312', '楷体', '方正楷体_GBK'] },
  { key: 'pageNumber', label: '页码', choices: ['宋体', '仿宋'] },
];

/** Font names written into Word files: many PCs lack 仿宋_GB2312, so the user may switch. */
export function FontsCard() {
  const { settings, updateSettings } = useApp();
  const run = useAction();
  return (
    <Card title="公文字体" style={{ marginBottom: 16 }}>
      <Typography.Paragraph type="secondary">
        电脑上没有“仿宋_GB2312”“楷体_GB2312”“方正小标宋简体”时，打印出来字体会不对，可改用 Windows 自带的仿宋、楷体、黑体。
      </Typography.Paragraph>
      <Form
        layout="horizontal"
        labelCol={{ span: 8 }}
        initialValues={settings.documentFonts}
        onFinish={(v: DocumentFonts) => void run(() => updateSettings({ documentFonts: v }), '字体设置已保存')}
      >
        {FIELDS.map((f) => (
          <Form.Item key={f.key} name={f.key} label={f.label}>
            <Select options={f.choices.map((c) => ({ value: c, label: c }))} style={{ width: 220 }} />
          </Form.Item>
        ))}
        <Button type="primary" htmlType="submit" style={{ marginRight: 8 }}>
          保存字体
        </Button>
        <Button onClick={() => void run(() => updateSettings({ documentFonts: DEFAULT_DOCUMENT_FONTS }), '已恢复默认字体')}>
          恢复公文标准字体
        </Button>
      </Form>
    </Card>
  );
}
