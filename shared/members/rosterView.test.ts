import { describe, expect, it } from 'vitest';
import { makeBranch, makeMember } from '../campaign/testing';
import { filterRoster, sortRoster } from './rosterView';

const b1 = makeBranch({ id: 'b1', name: '机关第一党支部', order: 1 });
const b2 = makeBranch({ id: 'b2', name: '离退休党支部', order: 2 });

describe('the roster as the page shows it', () => {
  it('sorts as on paper: by branch, party members first, then by pinyin', () => {
    const people = [
      makeMember({ name: '赵敏', branchId: 'b2' }),
      makeMember({ name: '王伟', branchId: 'b1', kind: 'masses' }),
      makeMember({ name: '张华', branchId: 'b1' }),
      makeMember({ name: '安娜', branchId: 'b1' }),
      makeMember({ name: '李群', kind: 'client' }),
    ];
    expect(sortRoster(people, [b2, b1]).map((m) => m.name)).toEqual(['安娜', '张华', '王伟', '赵敏', '李群']);
  });

  it('finds people by part of a name, a post or a phone, within a branch and a kind', () => {
    const people = [
      makeMember({ name: '王伟', post: '办公室主任', branchId: 'b1', phone: '13800001111' }),
      makeMember({ name: '王芳', post: '科员', branchId: 'b2' }),
      makeMember({ name: '刘群', kind: 'masses', post: '主任', branchId: 'b1' }),
    ];
    expect(filterRoster(people, { query: ' 王 ' }).map((m) => m.name)).toEqual(['王伟', '王芳']);
    expect(filterRoster(people, { query: '主任', kind: 'party' }).map((m) => m.name)).toEqual(['王伟']);
    expect(filterRoster(people, { query: '1111' }).map((m) => m.name)).toEqual(['王伟']);
    expect(filterRoster(people, { branchId: 'b1', kind: 'nonParty' }).map((m) => m.name)).toEqual(['刘群']);
  });

  it('cleans the query as names are cleaned: a pasted 王\u200b伟 or a decomposed name still finds the person', () => {
    const people = [makeMember({ name: '王伟' }), makeMember({ name: 'Z\u00e9ynep' })];
    expect(filterRoster(people, { query: '王\u200b伟' }).map((m) => m.name)).toEqual(['王伟']);
    expect(filterRoster(people, { query: 'Ze\u0301y' }).map((m) => m.name)).toEqual(['Z\u00e9ynep']);
  });

  it('narrows to the people working in one office or sub-unit', () => {
    const people = [
      makeMember({ name: '黄志明', officeId: 'o1' }),
      makeMember({ name: '林晓燕', officeId: 'o1', kind: 'masses' }),
      makeMember({ name: '刘芳', officeId: 'o2' }),
      makeMember({ name: '陈国栋' }),
    ];
    expect(filterRoster(people, { officeId: 'o1' }).map((m) => m.name)).toEqual(['黄志明', '林晓燕']);
    expect(filterRoster(people, { officeId: 'o1', kind: 'party' }).map((m) => m.name)).toEqual(['黄志明']);
  });
});
