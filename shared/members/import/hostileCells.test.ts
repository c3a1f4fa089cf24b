/** Issue 7, item 3: what a hostile or careless roster file hides in its cells. */
import { describe, expect, it } from 'vitest';
import type { Branch, Member } from '../types';
import { buildRosterPreview } from './buildRosterPreview';

const NOW = '2005-08-20';
const branches: Branch[] = [{ id: 'b1', unitId: 'u1', name: '机关第一党支部', order: 1 }];
const HEAD = ['姓名', '所在支部', '所在科室', '职务', '联系电话', '分管', '备注'];
const read = (rows: unknown[][], existing: Member[] = []) =>
  buildRosterPreview([HEAD, ...rows], { existing, branches, offices: [], now: NOW });

const errors = (r: { problems: { level: string }[] }) => r.problems.filter((x) => x.level === 'error');

function stored(id: string, name: string): Member {
  return {
    id, unitId: 'u1', kind: 'party', name, branchId: 'b1', roles: [], oversees: [], employment: 'working',
    frail: false, cannotWrite: false, away: null, createdAt: '', updatedAt: '',
  };
}

describe('issue 7: roster import cleans every text cell once, before reading it', () => {
  it('finding: import accepted names with control characters, NUL, lone surrogates and bidi overrides', () => {
    const p = read([
      ['王\u0000伟', '机关第一党支部'],
      ['\u0007张\u001b三\u007f\u0085', '机关第一党支部'],
      ['李\ud800四\udc00', '机关第一党支部'],
      ['\u202e赵六\u202c', '机关第一党支部'],
      ['\u2066钱七\u2069\u200e\u200f\u061c', '机关第一党支部'],
    ]);
    expect(p.rows.map((r) => r.draft.name)).toEqual(['王伟', '张三', '李四', '赵六', '钱七']);
    expect(p.rows.flatMap(errors)).toEqual([]);
  });

  it('finding: import accepted zero-width-only names; now "姓名为空或只含不可见字符" blocks the row', () => {
    const p = read([
      ['\u200b\u200c\u200d', '机关第一党支部', '', '科员'],
      ['\u2060\ufeff', '机关第一党支部', '', '科员'],
      ['\u202e\u202c', '机关第一党支部', '', '科员'],
    ]);
    expect(p.rows).toHaveLength(3);
    for (const r of p.rows) {
      expect(r.draft.name).toBe('');
      expect(errors(r)).toEqual([{ level: 'error', field: 'name', message: '姓名为空或只含不可见字符' }]);
    }
  });

  it('cleans the other texts too: 支部, 科室, 职务, phone, 分管 and 备注 (keeping its line breaks)', () => {
    const [r] = read([
      ['王伟', '机关第一\u200b党支部', '财务\u202e科', '科\u0000员', '138\u200b0000\u00000001', '办公\u200b室、人事科', '长期\u0007卧床\r\n口述代记\u200b'],
    ]).rows;
    expect(r.branchName).toBe('机关第一党支部');
    expect(r.officeName).toBe('财务科');
    expect(r.draft).toMatchObject({ post: '科员', phone: '13800000001', note: '长期卧床\n口述代记' });
    expect(r.overseesNames).toEqual(['办公室', '人事科']);
  });

  it('finding: 王\\u200b伟 bypassed the same-name check; now it, " 王伟 " and 王伟 are one name, in the file and against stored people', () => {
    const p = read(
      [
        ['王伟', '机关第一党支部'],
        ['王\u200b伟', '机关第一党支部'],
        [' 王伟 ', '机关第一党支部'],
        ['\u202a王伟\u202c', '机关第一党支部'],
      ],
      // Stored before entry points cleaned: still the same name.
      [stored('m1', '王伟'), stored('m2', '王\u200b伟')],
    );
    expect(p.rows.map((r) => r.draft.name)).toEqual(['王伟', '王伟', '王伟', '王伟']);
    expect(p.rows[0].sameName).toEqual({ existingIds: ['m1', 'm2'], otherLines: [3, 4, 5] });
    expect(p.rows[1].sameName).toEqual({ existingIds: ['m1', 'm2'], otherLines: [2, 4, 5] });
  });

  it('finding: a decomposed Zéynep bypassed the same-name check; NFC and NFD are now one name', () => {
    const nfc = 'Z\u00e9ynep';
    const nfd = 'Ze\u0301ynep';
    const p = read([[nfd, '机关第一党支部'], [nfc, '机关第一党支部']], [stored('m1', nfd)]);
    expect(p.rows.map((r) => r.draft.name)).toEqual([nfc, nfc]);
    expect(p.rows[0].sameName).toEqual({ existingIds: ['m1'], otherLines: [3] });
    expect(p.rows[1].sameName).toEqual({ existingIds: ['m1'], otherLines: [2] });
  });

  it('finding: a 10,000-character branch name was accepted (the form allows 40); now the row is blocked', () => {
    const long = '支'.repeat(10_000);
    const p = read([
      ['甲', long],
      ['乙', '支'.repeat(40)],
      ['丙', '机关第一党支部', '科'.repeat(41)],
      ['丁', '机关第一党支部', '', '', '', `办公室、${'室'.repeat(41)}`],
    ]);
    expect(errors(p.rows[0])).toEqual([{ level: 'error', field: 'branch', message: '所在支部名称有10000个字，不能超过40个字' }]);
    expect(errors(p.rows[1])).toEqual([]);
    expect(errors(p.rows[2])).toEqual([{ level: 'error', field: 'office', message: '所在科室名称有41个字，不能超过40个字' }]);
    expect(errors(p.rows[3])).toEqual([{ level: 'error', field: 'oversees', message: '分管的科室名称有41个字，不能超过40个字' }]);
  });

  it('blocks a name longer than the member form allows (20), counted after cleaning', () => {
    const p = read([['张'.repeat(21), '机关第一党支部'], [`${'张'.repeat(20)}\u200b\u200b `, '机关第一党支部']]);
    expect(errors(p.rows[0])).toEqual([{ level: 'error', field: 'name', message: '姓名不能超过20个字' }]);
    expect(errors(p.rows[1])).toEqual([]);
  });

  it('finding: a DDE formula in 支部 created a branch of that name; it is kept as plain text (exported inert)', () => {
    const dde = "=cmd|' /C calc'!A0";
    const p = read([['甲', dde], ['乙', "'=cmd|' /C calc'!A0"]]);
    // The second is how our own export writes it (inertCell): the apostrophe is taken off again.
    expect(p.rows.map((r) => r.branchName)).toEqual([dde, dde]);
    expect(p.rows.flatMap(errors)).toEqual([]);
    expect(p.newBranchNames).toEqual([dde]);
  });
});
