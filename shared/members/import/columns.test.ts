import { describe, expect, it } from 'vitest';
import { COLUMN_ALIASES, fieldForHeader, findHeader } from './columns';

describe('fieldForHeader', () => {
  it.each([
    ['姓名', 'name'], ['姓  名', 'name'], ['*姓名', 'name'], ['姓名*', 'name'], ['姓\n名', 'name'],
    ['出生年月', 'birth'], ['出生日期', 'birth'], ['出生时间', 'birth'], ['出生年月（年.月）', 'birth'],
    ['入党时间', 'joinedParty'], ['入党日期', 'joinedParty'], ['入党年月', 'joinedParty'],
    ['所在支部', 'branch'], ['支部', 'branch'], ['党支部', 'branch'], ['所属支部', 'branch'],
    ['职务', 'post'], ['现任职务', 'post'], ['职务职级', 'post'], ['职务（职级）', 'post'],
    ['身份', 'kind'], ['人员类别', 'kind'], ['类别', 'kind'], ['政治面貌', 'kind'],
    ['角色', 'roles'], ['班子成员', 'flag:teamMember'], ['支部书记', 'flag:branchSecretary'], ['是否班子成员', 'flag:teamMember'],
    ['在职/离退休', 'employment'], ['在职／离退休', 'employment'], ['状态', 'employment'], ['离退休', 'retiredFlag'],
    ['年老体弱', 'frail'], ['长期患病', 'chronicIll'], ['是否长期患病', 'chronicIll'], ['年老体弱/长期患病', 'frail'], ['无书写能力', 'cannotWrite'],
    ['科室', 'office'], ['部门', 'office'], ['所在科室', 'office'], ['工作部门', 'office'], ['所在单位（部门）', 'office'],
    ['党员类别', 'partyStatus'], ['正式或预备', 'partyStatus'], ['党籍状态', 'partyStatus'],
    ['文化程度', 'education'], ['学历', 'education'], ['文化程度（学历）', 'education'],
    ['党组书记', 'flag:partyGroupSecretary'], ['机关党委书记', 'flag:committeeSecretary'],
    ['外出', 'away'], ['外出地点', 'awayPlace'], ['流向', 'awayPlace'], ['外出联系方式', 'awayContact'],
    ['联系方式', 'phone'], ['联系电话', 'phone'], ['电话', 'phone'], ['分管', 'oversees'], ['分管单位', 'oversees'],
    ['备注', 'note'], ['序号', 'seq'], ['ＸＸ', null], ['籍贯', null], ['', null],
  ])('%s → %s', (header, field) => {
    expect(fieldForHeader(header)).toBe(field);
  });

  it('has no alias under two fields', () => {
    const all = Object.values(COLUMN_ALIASES).flat();
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('findHeader', () => {
  it('skips title rows, including a title merged over every cell, and blank rows', () => {
    const title = '某局党员花名册';
    const h = findHeader([[title, title, title], [], ['备注：8月25日前报送'], ['序号', '姓名', '性别', '出生年月']]);
    expect(h?.rowIndex).toBe(3);
    expect(h?.fieldIndex).toEqual({ seq: 0, name: 1, gender: 2, birth: 3 });
  });

  it('needs two known columns within the first ten rows', () => {
    expect(findHeader([['姓名']])).toBeNull();
    const rows: unknown[][] = Array.from({ length: 10 }, () => ['x']);
    expect(findHeader([...rows, ['姓名', '性别']])).toBeNull();
  });

  it('ignores a repeated column after the first', () => {
    const h = findHeader([['姓名', '备注', '性别', '备注']]);
    expect(h?.columns.map((c) => c.field)).toEqual(['name', 'note', 'gender', null]);
    expect(h?.fieldIndex.note).toBe(1);
  });
});
