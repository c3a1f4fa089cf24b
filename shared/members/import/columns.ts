/**
 * Finds the header row of a roster (花名册) and maps its Chinese column names, in any order
 * and with the usual variants, to fields.
 */
import { normalizeHeader } from './normalize';

export type RoleFlagField =
  | 'flag:unitHead'
  | 'flag:partyGroupSecretary'
  | 'flag:teamMember'
  | 'flag:committeeSecretary'
  | 'flag:branchSecretary'
  | 'flag:leaderCadre';

export type ColumnField =
  | 'seq'
  | 'name'
  | 'gender'
  | 'birth'
  | 'joinedParty'
  | 'branch'
  | 'office'
  | 'post'
  | 'kind'
  | 'partyStatus'
  | 'education'
  | 'roles'
  | 'employment'
  | 'retiredFlag'
  | 'frail'
  | 'chronicIll'
  | 'cannotWrite'
  | 'away'
  | 'awayPlace'
  | 'awayContact'
  | 'phone'
  | 'oversees'
  | 'note'
  | RoleFlagField;

/** Header texts per field, compared after normalizeHeader (no spaces, half-width, no "*"). */
export const COLUMN_ALIASES: Record<ColumnField, readonly string[]> = {
  seq: ['序号', '编号', '序'],
  name: ['姓名', '党员姓名', '人员姓名', '名字'],
  gender: ['性别'],
  birth: ['出生年月', '出生日期', '出生时间', '出生年月日', '出生年月(日)', '生日'],
  joinedParty: ['入党时间', '入党日期', '入党年月', '入党年月日', '入党时间(年月)'],
  branch: ['所在支部', '支部', '党支部', '所属支部', '所在党支部', '所属党支部', '支部名称'],
  office: ['所在科室', '科室', '部门', '工作部门', '所在部门', '所在单位(部门)', '所在处室', '处室', '科室(单位)', '所在科室(单位)'],
  post: ['职务', '现任职务', '职务职级', '职务(职级)', '现职务', '行政职务', '工作单位及职务'],
  kind: ['身份', '人员类别', '类别', '人员身份', '政治面貌', '人员类型'],
  partyStatus: ['党员类别', '正式或预备', '正式/预备', '正式预备', '党籍状态', '正式党员/预备党员'],
  education: ['文化程度', '学历', '最高学历', '文化', '文化程度(学历)'],
  roles: ['角色', '党内角色', '评议角色'],
  employment: ['在职/离退休', '在职离退休', '在职或离退休', '状态', '人员状态', '在职状态', '工作状态', '在职情况', '在职'],
  retiredFlag: ['离退休', '是否离退休', '退休', '离休'],
  // A combined 年老体弱/长期患病 column is read as 年老体弱 unless its text names an illness.
  frail: ['年老体弱/长期患病', '年老体弱或长期患病', '年老体弱、长期患病', '年老体弱', '体弱多病'],
  chronicIll: ['长期患病', '患病', '长期病号', '长期卧床'],
  cannotWrite: ['无书写能力', '不能书写'],
  away: ['外出', '是否外出', '外出情况', '外出党员'],
  awayPlace: ['外出地点', '流向', '外出去向', '流动去向', '外出地', '外出流向'],
  awayContact: ['外出联系方式', '外出联系电话'],
  phone: ['联系方式', '联系电话', '电话', '手机', '手机号码', '电话号码'],
  oversees: ['分管', '分管单位', '分管部门', '分管支部', '分管工作'],
  note: ['备注', '说明'],
  'flag:unitHead': ['单位主要负责同志', '主要负责同志', '主要负责人'],
  'flag:partyGroupSecretary': ['党组书记'],
  'flag:committeeSecretary': ['机关党委书记', '党总支书记', '机关党委/党总支书记'],
  'flag:teamMember': ['班子成员', '领导班子成员'],
  'flag:branchSecretary': ['支部书记', '是否支部书记'],
  'flag:leaderCadre': ['党员领导干部', '领导干部'],
};

const ALIAS_TO_FIELD = new Map<string, ColumnField>();
for (const [field, aliases] of Object.entries(COLUMN_ALIASES) as [ColumnField, readonly string[]][]) {
  for (const alias of aliases) ALIAS_TO_FIELD.set(normalizeHeader(alias), field);
}

/** The field for one header cell, or null. Hints in brackets ("出生年月（年.月）") are tolerated. */
export function fieldForHeader(cell: unknown): ColumnField | null {
  const h = normalizeHeader(cell);
  if (h === '') return null;
  const exact = ALIAS_TO_FIELD.get(h);
  if (exact) return exact;
  const withoutHint = h.replace(/\([^)]*\)$/u, '').replace(/^是否/u, '');
  return ALIAS_TO_FIELD.get(withoutHint) ?? null;
}

export interface HeaderMatch {
  /** 0-based index into the table. */
  rowIndex: number;
  columns: { header: string; field: ColumnField | null }[];
  /** First column index of each field (a repeated column after the first is ignored). */
  fieldIndex: Partial<Record<ColumnField, number>>;
}

/** How many rows from the top the header may sit (title rows, blank rows, notes above it). */
export const HEADER_SEARCH_ROWS = 10;
const MIN_KNOWN_COLUMNS = 2;

/** The first of the top rows with at least two known column names. */
export function findHeader(table: readonly (readonly unknown[])[]): HeaderMatch | null {
  const limit = Math.min(table.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const row = table[r] ?? [];
    const fields = row.map((c) => fieldForHeader(c));
    // A merged title spreads one text over many cells; count distinct fields only.
    const distinct = new Set(fields.filter((f): f is ColumnField => f !== null));
    if (distinct.size < MIN_KNOWN_COLUMNS) continue;
    const fieldIndex: Partial<Record<ColumnField, number>> = {};
    const columns = row.map((cell, i) => {
      const header = normalizeHeader(cell);
      let field = fields[i] ?? null;
      if (field !== null && fieldIndex[field] !== undefined) field = null;
      if (field !== null) fieldIndex[field] = i;
      return { header, field };
    });
    return { rowIndex: r, columns, fieldIndex };
  }
  return null;
}
