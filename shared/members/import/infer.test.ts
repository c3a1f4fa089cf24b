import { describe, expect, it } from 'vitest';
import { readNote, readPost } from './infer';

describe('readNote: conditions kept in 备注', () => {
  it('reads members working away, and where, in the ways secretaries write it', () => {
    expect(readNote('外出务工（广东东莞）')).toEqual({ away: '广东东莞' });
    expect(readNote('外出务工(广东东莞)')).toEqual({ away: '广东东莞' });
    expect(readNote('外出务工【广东东莞】')).toEqual({ away: '广东东莞' });
    expect(readNote('外出务工（广东东莞，电话13800000000）')).toEqual({ away: '广东东莞' });
    expect(readNote('流动党员，在上海')).toEqual({ away: '上海' });
    expect(readNote('流动党员,现在上海务工')).toEqual({ away: '上海' });
    expect(readNote('2004年起外出，现在浙江义乌经商')).toEqual({ away: '浙江义乌' });
    expect(readNote('在上海打工')).toEqual({ away: '上海' });
  });

  it('says away without a place as an empty place, and ignores what is not away', () => {
    expect(readNote('外出务工')).toEqual({ away: '' });
    expect(readNote('长期外出，去向不明')).toEqual({ away: '' });
    expect(readNote('已返乡，不再外出')).toEqual({});
    expect(readNote('在本地务工')).toEqual({});
    expect(readNote('借调深圳')).toEqual({});
    expect(readNote('')).toEqual({});
  });

  it('reads 年老体弱 and 无书写能力, which decide who dictates the material', () => {
    expect(readNote('年老体弱，无书写能力')).toEqual({ frail: true, cannotWrite: true });
    expect(readNote('年老体弱,不能书写')).toEqual({ frail: true, cannotWrite: true });
    expect(readNote('体弱多病')).toEqual({ frail: true });
    expect(readNote('文盲')).toEqual({ cannotWrite: true });
  });

  it('reads 长期患病 and 长期卧床 as chronically ill', () => {
    expect(readNote('长期患病')).toEqual({ chronicIll: true });
    expect(readNote('长期卧床，口述由他人代记')).toEqual({ chronicIll: true });
  });

  it('reads 退休, 离休, 离退休, but not a retirement still to come', () => {
    for (const t of ['退休', '离休', '离退休', '2003年退休']) expect(readNote(t), t).toEqual({ retired: true });
    expect(readNote('即将退休')).toEqual({});
  });

  it('reads 预备党员 unless the note says the member has since become full', () => {
    expect(readNote('预备党员')).toEqual({ probationary: true });
    expect(readNote('预备期至2006年7月')).toEqual({ probationary: true });
    expect(readNote('预备党员，2005年7月已转正')).toEqual({});
  });

  it('reads several conditions from one note', () => {
    expect(readNote('退休，外出（随子女在深圳）；年老体弱')).toEqual({ away: '随子女在深圳', frail: true, retired: true });
  });
});

describe('readPost: roles and 分管 named in 职务', () => {
  it('reads 党员领导干部 and the offices named after 分管', () => {
    expect(readPost('党员领导干部（分管财务科）')).toEqual({ roles: ['leaderCadre'], oversees: ['财务科'] });
    expect(readPost('党员领导干部(分管财务科)')).toEqual({ roles: ['leaderCadre'], oversees: ['财务科'] });
    expect(readPost('副局长（分管办公室、财务科工作）')).toEqual({ roles: ['teamMember'], oversees: ['办公室', '财务科'] });
    expect(readPost('副局长，分管综合规划科、市中小企业服务中心')).toEqual({ roles: ['teamMember'], oversees: ['综合规划科', '市中小企业服务中心'] });
    expect(readPost('分管领导').oversees).toEqual([]);
  });

  it('reads the 党组书记, committee secretaries and branch secretaries', () => {
    expect(readPost('局长、党组书记').roles).toEqual(['partyGroupSecretary']);
    expect(readPost('社区党委书记').roles).toEqual(['committeeSecretary']);
    expect(readPost('机关党委书记').roles).toEqual(['committeeSecretary']);
    expect(readPost('党总支书记').roles).toEqual(['committeeSecretary']);
    expect(readPost('党支部书记').roles).toEqual(['branchSecretary']);
    expect(readPost('机关第一党支部书记').roles).toEqual(['branchSecretary']);
    expect(readPost('支部书记').roles).toEqual(['branchSecretary']);
  });

  it('reads team posts written alone, not an office’s deputies, and never guesses the unit head', () => {
    expect(readPost('副局长').roles).toEqual(['teamMember']);
    expect(readPost('班子成员').roles).toEqual(['teamMember']);
    expect(readPost('党组副书记、副局长').roles).toEqual(['teamMember']);
    for (const post of ['局长', '主任', '书记', '办公室副主任', '党支部副书记', '科员', '']) expect(readPost(post).roles, post).toEqual([]);
  });
});
