import { describe, expect, it } from 'vitest';
import { studyCoverage, studyDraftProblems, type StudyDraft } from './study';

const members = [
  { id: 'a', name: '张三' },
  { id: 'b', name: '李四' },
  { id: 'c', name: '王五' },
];

describe('who has studied each required topic', () => {
  it('R-STUDY: a member counts for a topic by attending a session on it or making that session up, not another topic\'s', () => {
    const cov = studyCoverage(members, [
      { topics: ['constitutionRights'], attendeeIds: ['a'], makeUpIds: ['b'] },
      { topics: ['sixRequirements', 'other'], attendeeIds: ['a', 'c'], makeUpIds: [] },
      { topics: ['other'], attendeeIds: ['b'], makeUpIds: [] },
    ]);
    expect(cov.constitutionRights.sessions).toBe(1);
    expect(cov.constitutionRights.missing.map((m) => m.name)).toEqual(['王五']);
    expect(cov.sixRequirements.sessions).toBe(1);
    expect(cov.sixRequirements.missing.map((m) => m.name)).toEqual(['李四']);
  });

  it('R-STUDY: with no session on a topic everyone misses it', () => {
    const cov = studyCoverage(members, [{ topics: ['constitutionRights'], attendeeIds: ['a', 'b', 'c'], makeUpIds: [] }]);
    expect(cov.constitutionRights.missing).toEqual([]);
    expect(cov.sixRequirements).toEqual({ sessions: 0, missing: members });
  });
});

describe('a study entry', () => {
  const ok: StudyDraft = {
    date: '2005-09-08',
    topics: ['constitutionRights'],
    content: '',
    attendeeIds: ['a', 'b'],
    makeUps: [{ memberId: 'c', date: '2005-09-10' }],
  };
  it('is accepted with a date, a topic, attendees and dated make-ups', () => {
    expect(studyDraftProblems(ok, '2005-09-10')).toEqual([]);
  });
  it('refuses a future date, no topic or attendee, and a make-up before the session or by someone who attended', () => {
    expect(studyDraftProblems({ ...ok, date: '2005-09-11' }, '2005-09-10')).toContain('学习日期不能晚于今天');
    expect(studyDraftProblems({ ...ok, topics: [], attendeeIds: [] }, '2005-09-10')).toEqual(['请选择学习内容', '请选择参加学习的党员']);
    expect(studyDraftProblems({ ...ok, makeUps: [{ memberId: 'c', date: '2005-09-07' }] }, '2005-09-10')).toEqual(['补学日期不能早于学习日期']);
    expect(studyDraftProblems({ ...ok, makeUps: [{ memberId: 'c', date: '2005-09-11' }] }, '2005-09-10')).toEqual(['补学日期不能晚于今天']);
    expect(studyDraftProblems({ ...ok, makeUps: [{ memberId: 'a', date: '2005-09-09' }] }, '2005-09-10')).toEqual(['已参加学习的党员不需要补学']);
    expect(
      studyDraftProblems({ ...ok, makeUps: [{ memberId: 'c', date: '2005-09-09' }, { memberId: 'c', date: '2005-09-10' }] }, '2005-09-10'),
    ).toEqual(['同一名党员补学只需记一次']);
  });
  it('asks what was studied when the only topic is 其他', () => {
    expect(studyDraftProblems({ ...ok, topics: ['other'] }, '2005-09-10')).toEqual(['选择“其他”时请写明学习了什么']);
    expect(studyDraftProblems({ ...ok, topics: ['other'], content: '学习焦裕禄事迹' }, '2005-09-10')).toEqual([]);
  });
});
