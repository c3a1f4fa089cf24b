import { describe, expect, it } from 'vitest';
import { makeBranch, makeMember } from '../campaign/testing';
import { isClean } from '../util/text';
import { cleanDraftTexts, cleanMemberTexts, cleanOrgNames, UNNAMED_MEMBER } from './clean';

describe('cleanDraftTexts', () => {
  it('cleans name, 职务, phone and the away texts as one line and 备注 as several; drops optional texts left empty', () => {
    const d = cleanDraftTexts(
      makeMember({
        name: ' 王\u200b伟\u0000 ',
        post: '\u202e科员\n',
        phone: '\u200b',
        note: '长期卧床\r\n口述\u200b代记 ',
        away: { place: '广东\u2066东莞', contact: ' 138 0000 0001\t' },
      }),
    );
    expect(d).toMatchObject({ name: '王伟', post: '科员', note: '长期卧床\n口述代记', away: { place: '广东东莞', contact: '138 0000 0001' } });
    expect('phone' in d).toBe(false);
  });

  it('leaves an empty name empty, for the validator to refuse', () => {
    expect(cleanDraftTexts(makeMember({ name: '\u200b\u200c' })).name).toBe('');
  });
});

describe('cleanMemberTexts (for the v2 database upgrade)', () => {
  it('issue 7: makes the texts of a member stored before cleaning clean', () => {
    const m = cleanMemberTexts(makeMember({ name: '\u202a王伟\u202c', post: '科\ufeff员', note: '住院\u0007', away: { place: 'Ze\u0301ynep', contact: '' } }));
    expect(m).toMatchObject({ name: '王伟', post: '科员', note: '住院', away: { place: 'Z\u00e9ynep', contact: '' } });
    for (const s of [m.name, m.post ?? '', m.away?.place ?? '']) expect(isClean(s)).toBe(true);
    expect(isClean(m.note ?? '', 'multiline')).toBe(true);
  });

  it('returns the same member when nothing changes, so an upgrade writes only what it must', () => {
    const m = makeMember({ name: '王伟', note: '第一行\n第二行', away: { place: '深圳', contact: '' } });
    expect(cleanMemberTexts(m)).toBe(m);
  });

  it('names a person whose stored name was only invisible characters, so the record stays valid', () => {
    expect(cleanMemberTexts(makeMember({ name: '\u200b' })).name).toBe(UNNAMED_MEMBER);
  });
});

describe('cleanOrgNames (for the v2 database upgrade)', () => {
  it('cleans branch names and keeps them unique per unit, the already-clean name keeping its own', () => {
    const records = [
      makeBranch({ id: 'a', unitId: 'u1', name: '一\u200b支部' }),
      makeBranch({ id: 'b', unitId: 'u1', name: '一支部' }),
      makeBranch({ id: 'c', unitId: 'u1', name: '\u202e一支部' }),
      makeBranch({ id: 'd', unitId: 'u2', name: '一\u200b支部' }),
      makeBranch({ id: 'e', unitId: 'u1', name: '\u200b' }),
      makeBranch({ id: 'f', unitId: 'u1', name: '二支部' }),
    ];
    const out = cleanOrgNames(records, '未命名支部');
    expect(out.map((b) => [b.id, b.name])).toEqual([
      ['a', '一支部（2）'],
      ['b', '一支部'],
      ['c', '一支部（3）'],
      ['d', '一支部'],
      ['e', '未命名支部'],
      ['f', '二支部'],
    ]);
    expect(out[1]).toBe(records[1]);
    expect(out[5]).toBe(records[5]);
  });
});
