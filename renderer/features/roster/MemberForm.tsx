import { Checkbox, Col, DatePicker, Drawer, Form, Input, Radio, Row, Select, Space, Button, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import {
  EDUCATION_LABEL,
  EDUCATIONS,
  EMPLOYMENT_LABEL,
  PARTY_STATUS_LABEL,
  PARTY_STATUSES,
  PERSON_KIND_LABEL,
  PERSON_KINDS,
  ROLE_LABEL,
  ROLES,
  type Branch,
  type Member,
  type MemberDraft,
  type Office,
} from '@shared/members/types';
import { OVERSEER_ROLES, PARTY_ONLY_ROLES } from '@shared/members/validate';
import { TEXT_LIMITS as L } from '@shared/data/fields';
import { cleanLine, cleanMultiline } from '@shared/util/text';
import { officeOptions } from './useRoster';

type Condition = 'frail' | 'chronicIll' | 'cannotWrite';

interface FormValues {
  kind: MemberDraft['kind'];
  name: string;
  gender?: MemberDraft['gender'];
  birth?: Dayjs | null;
  joinedParty?: Dayjs | null;
  partyStatus?: MemberDraft['partyStatus'];
  education?: MemberDraft['education'];
  branchId?: string;
  officeId?: string;
  post?: string;
  roles: MemberDraft['roles'];
  oversees: string[];
  employment: MemberDraft['employment'];
  conditions: Condition[];
  isAway: boolean;
  awayPlace?: string;
  awayContact?: string;
  phone?: string;
  note?: string;
}

/** Shown as 1965年3月; typed the way rosters write it: 1965.03, 1965-03, 196503. */
const MONTH_FORMATS = ['YYYY年M月', 'YYYY.MM', 'YYYY.M', 'YYYY-MM', 'YYYY-M', 'YYYYMM'];

const ym = (d?: Dayjs | null) => (d ? d.format('YYYY-MM') : undefined);
const fromYm = (s?: string) => (s ? dayjs(`${s}-01`) : null);

export function toFormValues(m?: Member): FormValues {
  if (!m) {
    return { kind: 'party', name: '', partyStatus: 'full', roles: [], oversees: [], employment: 'working', conditions: [], isAway: false };
  }
  const conditions: Condition[] = [];
  if (m.frail) conditions.push('frail');
  if (m.chronicIll) conditions.push('chronicIll');
  if (m.cannotWrite) conditions.push('cannotWrite');
  return {
    kind: m.kind,
    name: m.name,
    gender: m.gender,
    birth: fromYm(m.birth),
    joinedParty: fromYm(m.joinedParty),
    partyStatus: m.partyStatus,
    education: m.education,
    branchId: m.branchId,
    officeId: m.officeId,
    post: m.post,
    roles: m.roles,
    oversees: m.oversees,
    employment: m.employment,
    conditions,
    isAway: m.away !== null,
    awayPlace: m.away?.place,
    awayContact: m.away?.contact,
    phone: m.phone,
    note: m.note,
  };
}

/** Text as typed or pasted, cleaned (shared/util/text.ts); `undefined` when nothing visible is left. */
const line = (s?: string) => cleanLine(s ?? '') || undefined;

/** The draft to save, its texts cleaned; the repository cleans again, so a direct call is covered too. */
export function toDraft(v: FormValues): MemberDraft {
  const party = v.kind === 'party';
  const conditions = v.conditions ?? [];
  return {
    kind: v.kind,
    name: cleanLine(v.name ?? ''),
    gender: v.gender,
    birth: ym(v.birth),
    joinedParty: party ? ym(v.joinedParty) : undefined,
    partyStatus: party ? v.partyStatus : undefined,
    education: v.education,
    branchId: v.branchId,
    officeId: v.officeId,
    post: line(v.post),
    roles: party ? (v.roles ?? []) : (v.roles ?? []).filter((r) => !PARTY_ONLY_ROLES.includes(r)),
    oversees: v.oversees ?? [],
    employment: v.employment,
    frail: conditions.includes('frail'),
    chronicIll: conditions.includes('chronicIll'),
    cannotWrite: conditions.includes('cannotWrite'),
    away: v.isAway ? { place: cleanLine(v.awayPlace ?? ''), contact: cleanLine(v.awayContact ?? '') } : null,
    phone: line(v.phone),
    note: cleanMultiline(v.note ?? '') || undefined,
  };
}

/** Required text: spaces and invisible characters alone (a pasted zero-width space) are not an answer. */
const visible = (message: string) => ({
  required: true,
  validator: (_: unknown, value?: string) => (cleanLine(value ?? '') === '' ? Promise.reject(new Error(message)) : Promise.resolve()),
});

interface Props {
  open: boolean;
  member?: Member;
  branches: Branch[];
  offices: Office[];
  onClose(): void;
  onSave(draft: MemberDraft): Promise<boolean>;
}

export function MemberForm({ open, member, branches, offices, onClose, onSave }: Props) {
  const [form] = Form.useForm<FormValues>();
  const kind = Form.useWatch('kind', form);
  const isAway = Form.useWatch('isAway', form);
  const roles = Form.useWatch('roles', form);
  const oversees = Form.useWatch('oversees', form);
  useEffect(() => {
    if (open) form.setFieldsValue(toFormValues(member));
  }, [open, member, form]);
  const branchOptions = branches.map((b) => ({ value: b.id, label: b.name }));
  const officeChoices = officeOptions(offices);
  const party = kind === 'party';
  // 分管 belongs to the unit head, team members and leader cadres; shown too while one is set.
  const showOversees = (roles ?? []).some((r) => OVERSEER_ROLES.includes(r)) || (oversees ?? []).length > 0;

  return (
    <Drawer
      title={member ? `编辑：${member.name}` : '添加人员'}
      open={open}
      onClose={onClose}
      size="large"
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" onClick={() => form.submit()} data-testid="member-save">
            保存
          </Button>
        </Space>
      }
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={toFormValues(member)}
        onFinish={async (v) => {
          if (await onSave(toDraft(v))) onClose();
        }}
      >
        <Form.Item name="kind" label="人员类别">
          <Radio.Group options={PERSON_KINDS.map((k) => ({ value: k, label: PERSON_KIND_LABEL[k] }))} optionType="button" />
        </Form.Item>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="name" label="姓名" rules={[visible('请填写姓名')]}>
              <Input maxLength={L.personName} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="gender" label="性别">
              <Radio.Group options={['男', '女']} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="birth" label="出生年月">
              <DatePicker picker="month" format={MONTH_FORMATS} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="education" label="文化程度">
              <Select allowClear placeholder="选择文化程度" options={EDUCATIONS.map((e) => ({ value: e, label: EDUCATION_LABEL[e] }))} />
            </Form.Item>
          </Col>
          {party && (
            <>
              <Col span={12}>
                <Form.Item name="joinedParty" label="入党时间">
                  <DatePicker picker="month" format={MONTH_FORMATS} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name="partyStatus" label="正式或预备党员">
                  <Radio.Group options={PARTY_STATUSES.map((s) => ({ value: s, label: PARTY_STATUS_LABEL[s] }))} />
                </Form.Item>
              </Col>
            </>
          )}
          <Col span={12}>
            <Form.Item name="branchId" label="所在支部" rules={party ? [{ required: true, message: '党员须选择所在支部' }] : []}>
              <Select options={branchOptions} allowClear placeholder="选择支部" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="officeId" label="所在科室或二级单位">
              <Select
                options={officeChoices}
                allowClear
                placeholder={offices.length > 0 ? '选择科室' : '先在“管理科室”中添加'}
                notFoundContent="还没有科室或二级单位"
              />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="post" label="职务">
              <Input maxLength={L.post} placeholder="如：财务科科长、副局长" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="roles" label="角色（谈心、审阅和会议规则据此安排）">
          <Checkbox.Group
            options={ROLES.map((r) => ({
              value: r,
              label: ROLE_LABEL[r],
              disabled: !party && PARTY_ONLY_ROLES.includes(r),
            }))}
          />
        </Form.Item>
        {showOversees && (
          <Form.Item
            name="oversees"
            label="分管的内设科室或二级单位"
            extra="谈心和党性分析材料审阅按分管关系安排；分管的是科室和二级单位，不是党支部。"
          >
            <Select mode="multiple" options={officeChoices} allowClear placeholder="选择分管的科室或二级单位" notFoundContent="还没有科室或二级单位" />
          </Form.Item>
        )}
        <Form.Item name="employment" label="在职情况">
          <Radio.Group options={(['working', 'retired'] as const).map((k) => ({ value: k, label: EMPLOYMENT_LABEL[k] }))} />
        </Form.Item>
        <Form.Item name="conditions" label="特殊情况（党性分析的撰写方式和评议的参加方式据此安排）">
          <Checkbox.Group
            options={[
              { value: 'frail', label: '年老体弱' },
              { value: 'chronicIll', label: '长期患病' },
              { value: 'cannotWrite', label: '无书写能力' },
            ]}
          />
        </Form.Item>
        <Form.Item name="isAway" label="外出" valuePropName="checked">
          <Switch checkedChildren="外出" unCheckedChildren="在本地" />
        </Form.Item>
        {isAway && (
          <Row gutter={16}>
            <Col span={12}>
              <Form.Item name="awayPlace" label="外出地点" rules={[visible('请填写外出地点')]}>
                <Input maxLength={L.awayPlace} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="awayContact" label="联系方式" rules={[visible('请填写联系方式')]}>
                <Input maxLength={L.awayContact} />
              </Form.Item>
            </Col>
          </Row>
        )}
        <Form.Item name="phone" label="联系电话">
          <Input maxLength={L.phone} />
        </Form.Item>
        <Form.Item name="note" label="备注">
          <Input.TextArea rows={2} maxLength={L.note} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
