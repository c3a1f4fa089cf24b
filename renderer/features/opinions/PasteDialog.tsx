import { useMemo, useState, type ReactNode } from 'react';
import { Alert, Button, Checkbox, DatePicker, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { parsePaste, resolvePasted, type PastedFields, type PastedLine, type PasteDefaults } from '@shared/opinions/paste';
import type { OpinionDraft } from '@shared/opinions/types';
import { CATEGORY_OPTIONS, CHANNEL_OPTIONS, fromTargetValue, SOURCE_OPTIONS, targetSelectOptions, targetValue } from './labels';
import type { PartyMember } from './useOpinions';

type Edit = PastedFields & { text?: string };
interface Row {
  key: string;
  line: PastedLine;
  edit: Edit;
  include: boolean;
  resolved?: ReturnType<typeof resolvePasted>;
}

const EXAMPLE = `例如：
一、对领导班子的意见
（一）工作作风方面
1、【群众】会议多、文件多，下基层调研少
2、窗口办事要跑几趟（服务对象）
对张三：学习笔记不全`;

/**
 * Many opinions at once, one a line, typed up from paper forms: a preview of what each line
 * gives, every field editable per line or set for all lines, lines that cannot be used shown
 * with the reason; saved as one batch (all or nothing).
 */
export function PasteDialog({
  open,
  party,
  existing,
  today,
  onClose,
  onSave,
}: {
  open: boolean;
  party: readonly PartyMember[];
  /** duplicateKey() of the opinions already registered. */
  existing: ReadonlySet<string>;
  today: string;
  onClose(): void;
  onSave(drafts: OpinionDraft[], labels: string[]): Promise<boolean>;
}) {
  const [text, setText] = useState('');
  const [defaults, setDefaults] = useState<PasteDefaults>({ date: today, anonymous: true, fromStage1: false });
  const [edits, setEdits] = useState<Record<string, Edit>>({});
  const [included, setIncluded] = useState<Record<string, boolean>>({});
  const year = Number(today.slice(0, 4));
  const parsed = useMemo(() => parsePaste(text, { members: party, existing, year }), [text, party, existing, year]);

  const rows: Row[] = useMemo(
    () =>
      parsed.lines.map((line) => {
        const key = `${line.line}:${line.raw}`;
        const edit = edits[key] ?? {};
        if (line.kind !== 'opinion') return { key, line, edit, include: false };
        const include = included[key] ?? line.duplicateOf === undefined;
        return { key, line, edit, include, resolved: resolvePasted(line, defaults, edit) };
      }),
    [parsed, edits, included, defaults],
  );
  const chosen = rows.filter((r) => r.include);
  const incomplete = chosen.filter((r) => r.resolved && !r.resolved.ok);
  const reset = () => {
    setText('');
    setEdits({});
    setIncluded({});
  };
  const setEdit = (key: string, patch: Edit) => setEdits((e) => ({ ...e, [key]: { ...e[key], ...patch } }));
  const setDefault = (patch: PasteDefaults) => setDefaults((d) => ({ ...d, ...patch }));
  const applyToAll = () => {
    const set = Object.fromEntries(Object.entries(defaults).filter(([k, v]) => v !== undefined && k !== 'fromStage1')) as Edit;
    if (defaults.target !== 'member') delete set.targetMemberId;
    setEdits((e) => Object.fromEntries(rows.filter((r) => r.line.kind === 'opinion').map((r) => [r.key, { ...e[r.key], ...set }])));
  };
  const save = async () => {
    const ok = chosen.flatMap((r) => (r.resolved?.ok ? [{ draft: r.resolved.draft, label: `第 ${r.line.line} 行` }] : []));
    if (await onSave(ok.map((x) => x.draft), ok.map((x) => x.label))) {
      reset();
      onClose();
    }
  };

  const pick = <K extends keyof PastedFields>(r: Row, k: K): PastedFields[K] =>
    r.edit[k] ?? (r.line.kind === 'opinion' ? r.line.fields[k] : undefined) ?? defaults[k];
  const opinionOnly = (render: (r: Row) => ReactNode) => (_: unknown, r: Row) => (r.line.kind === 'opinion' ? render(r) : null);
  const fieldSelect = (k: 'category' | 'channel' | 'source', options: { value: string; label: string }[], label: string) =>
    opinionOnly((r) => (
      <Select
        size="small"
        style={{ width: '100%' }}
        value={pick(r, k)}
        options={options}
        placeholder="未注明"
        aria-label={`第 ${r.line.line} 行${label}`}
        onChange={(v) => setEdit(r.key, { [k]: v } as Edit)}
      />
    ));

  const columns: ColumnsType<Row> = [
    { title: '行', key: 'line', width: 44, render: (_, r) => r.line.line },
    {
      title: '意见内容（点击可改）',
      key: 'text',
      render: (_, r) => {
        const l = r.line;
        if (l.kind === 'unusable') return <Typography.Text delete type="secondary">{l.raw}</Typography.Text>;
        if (l.kind === 'heading') return <Typography.Text type="secondary">{l.raw}</Typography.Text>;
        return (
          <>
            <Typography.Paragraph style={{ marginBottom: 0 }} editable={{ onChange: (v) => setEdit(r.key, { text: v }), tooltip: '修改文字' }}>
              {r.edit.text ?? l.text}
            </Typography.Paragraph>
            {l.read.length > 0 && <div style={{ fontSize: 12, color: '#8c8c8c' }}>识别到：{l.read.join('，')}</div>}
            {l.warnings.map((w) => (
              <div key={w} style={{ fontSize: 12, color: '#d46b08' }}>
                {w}
              </div>
            ))}
          </>
        );
      },
    },
    {
      title: '意见对象',
      key: 'target',
      width: 150,
      render: opinionOnly((r) => {
        const target = pick(r, 'target');
        return (
          <Select
            size="small"
            style={{ width: '100%' }}
            showSearch={{ optionFilterProp: 'label' }}
            value={targetValue(target, target === 'member' ? pick(r, 'targetMemberId') : undefined)}
            placeholder={target === 'member' ? '选择党员' : '未注明'}
            options={targetSelectOptions(party)}
            aria-label={`第 ${r.line.line} 行意见对象`}
            onChange={(v: string) => setEdit(r.key, { targetMemberId: undefined, ...fromTargetValue(v) })}
          />
        );
      }),
    },
    { title: '类别', key: 'category', width: 124, render: fieldSelect('category', CATEGORY_OPTIONS, '类别') },
    { title: '征求方式', key: 'channel', width: 140, render: fieldSelect('channel', CHANNEL_OPTIONS, '征求方式') },
    { title: '提意见的人', key: 'source', width: 124, render: fieldSelect('source', SOURCE_OPTIONS, '提意见的人') },
    {
      title: '日期',
      key: 'date',
      width: 130,
      render: opinionOnly((r) => {
        const d = pick(r, 'date');
        return (
          <DatePicker
            size="small"
            format="YYYY-MM-DD"
            allowClear={false}
            value={d ? dayjs(d) : null}
            disabledDate={(x) => x.format('YYYY-MM-DD') > today}
            onChange={(v) => v && setEdit(r.key, { date: v.format('YYYY-MM-DD') })}
          />
        );
      }),
    },
    { title: '情况', key: 'state', width: 130, render: (_, r) => <RowState row={r} /> },
    {
      title: '保存',
      key: 'include',
      width: 56,
      align: 'center',
      render: opinionOnly((r) => (
        <Checkbox checked={r.include} aria-label={`保存第 ${r.line.line} 行`} onChange={(e) => setIncluded((x) => ({ ...x, [r.key]: e.target.checked }))} />
      )),
    },
  ];

  const unusable = rows.filter((r) => r.line.kind === 'unusable').length;
  const headings = rows.filter((r) => r.line.kind === 'heading').length;
  return (
    <Modal
      open={open}
      title="批量粘贴意见"
      width={1240}
      style={{ top: 24 }}
      onCancel={onClose}
      destroyOnHidden
      footer={
        <Space style={{ width: '100%', justifyContent: 'space-between' }}>
          <Typography.Text type={incomplete.length > 0 ? 'danger' : 'secondary'} data-testid="paste-summary">
            {incomplete.length > 0
              ? `第 ${incomplete.map((r) => r.line.line).join('、')} 行还缺少信息：请在表中补上，或取消勾选`
              : `将保存 ${chosen.length} 条意见${unusable ? `；${unusable} 行不能用（见“情况”一栏）` : ''}${headings ? `；${headings} 行是分组标题` : ''}${parsed.blankLines ? `；空行 ${parsed.blankLines} 行已跳过` : ''}`}
          </Typography.Text>
          <Space>
            <Button onClick={onClose}>取消</Button>
            <Button type="primary" disabled={chosen.length === 0 || incomplete.length > 0} onClick={() => void save()} data-testid="paste-save">
              保存 {chosen.length} 条
            </Button>
          </Space>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        从 Word、Excel 或打好的文字中复制，每行一条意见。行首的序号会自动去掉；行首或行尾写明的【群众】、对班子：、作风：、（座谈会）等会自动识别；
        “一、对领导班子的意见”这样的标题行对下面各行都有效。
      </Typography.Paragraph>
      <Input.TextArea
        rows={6}
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder={EXAMPLE}
        aria-label="粘贴意见"
        data-testid="paste-text"
      />
      <div style={{ margin: '12px 0', padding: '8px 12px', background: '#fafafa', border: '1px solid #f0f0f0', borderRadius: 6 }}>
        <Space wrap size={[12, 8]}>
          <Typography.Text strong>各行没有注明的，按：</Typography.Text>
          <Select style={{ width: 130 }} allowClear placeholder="征求方式" options={CHANNEL_OPTIONS} value={defaults.channel} onChange={(v) => setDefault({ channel: v })} aria-label="统一设置征求方式" />
          <Select style={{ width: 120 }} allowClear placeholder="提意见的人" options={SOURCE_OPTIONS} value={defaults.source} onChange={(v) => setDefault({ source: v })} aria-label="统一设置提意见的人" />
          <Select
            style={{ width: 150 }}
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder="意见对象"
            options={targetSelectOptions(party)}
            value={targetValue(defaults.target, defaults.targetMemberId)}
            onChange={(v?: string) => setDefault(v ? { targetMemberId: undefined, ...fromTargetValue(v) } : { target: undefined, targetMemberId: undefined })}
            aria-label="统一设置意见对象"
          />
          <Select style={{ width: 110 }} allowClear placeholder="类别" options={CATEGORY_OPTIONS} value={defaults.category} onChange={(v) => setDefault({ category: v })} aria-label="统一设置类别" />
          <DatePicker
            format="YYYY年M月D日"
            allowClear={false}
            value={defaults.date ? dayjs(defaults.date) : null}
            disabledDate={(x) => x.format('YYYY-MM-DD') > today}
            onChange={(v) => v && setDefault({ date: v.format('YYYY-MM-DD') })}
            aria-label="统一设置日期"
          />
          <Checkbox checked={defaults.anonymous} onChange={(e) => setDefault({ anonymous: e.target.checked })}>
            匿名
          </Checkbox>
          <Checkbox checked={defaults.fromStage1} onChange={(e) => setDefault({ fromStage1: e.target.checked })}>
            第一阶段征求的意见
          </Checkbox>
          <Button size="small" onClick={applyToAll} disabled={rows.length === 0}>
            所有行都改成这样
          </Button>
        </Space>
      </div>
      {rows.length === 0 ? (
        <Alert type="info" title="粘贴后，这里逐行显示识别的结果，核对无误再保存。" />
      ) : (
        <Table<Row>
          rowKey="key"
          size="small"
          columns={columns}
          dataSource={rows}
          pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
          scroll={{ y: 420 }}
          onRow={(r) => ({ style: r.line.kind === 'opinion' && !r.include ? { opacity: 0.55 } : undefined })}
          data-testid="paste-preview"
        />
      )}
    </Modal>
  );
}

function RowState({ row }: { row: Row }) {
  const l = row.line;
  if (l.kind === 'unusable') return <Tag color="red">不能用：{l.reason}</Tag>;
  if (l.kind === 'heading') return <Tag>分组标题，用于下面各行</Tag>;
  const dup = l.duplicateOf === 'register' ? '登记簿中已有' : l.duplicateOf !== undefined ? `与第 ${l.duplicateOf} 行重复` : null;
  return (
    <Space orientation="vertical" size={2}>
      {dup && <Tag color="gold">{dup}</Tag>}
      {!row.include ? (
        <Tag>不保存</Tag>
      ) : row.resolved?.ok ? (
        <Tag color="green">可保存</Tag>
      ) : (
        <Tag color="orange" style={{ whiteSpace: 'normal' }}>
          缺：{row.resolved?.missing.join('、')}
        </Tag>
      )}
    </Space>
  );
}
