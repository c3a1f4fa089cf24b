import { describe, expect, it } from 'vitest';
import { makeBureau } from '../talks/testing';
import { meetingBackupProblems } from './backupRules';
import { meeting, present, turn } from './testing';

describe('a backup\'s special meetings', () => {
  const members = makeBureau().members;
  const held = meeting('b1m', { status: 'held', heldAt: '2005-09-22T10:00:00.000Z' });

  it('accepts what the repository writes', () => {
    const r = { members, specialMeetings: [held], meetingAttendance: [present('b1m', 'sun'), present('b1m', 'jiang', { present: false, absentReason: '外出' })], meetingTurns: [turn('b1m', 'sun', 1), turn('b1m', 'jiang', 2, { presentation: 'written' })] };
    expect(meetingBackupProblems(r)).toEqual([]);
  });

  it('refuses a second meeting for a branch, doubled lines, people from elsewhere, turns before 召开, in person while absent', () => {
    const planned = meeting('b1m-2', { status: 'planned' });
    const r = {
      members,
      specialMeetings: [held, planned],
      meetingAttendance: [present('b1m', 'sun'), { ...present('b1m', 'sun'), id: 'again' }, present('b1m', 'li'), present('b1m', 'jiang', { present: false, absentReason: '外出' })],
      meetingTurns: [turn('b1m', 'jiang', 1), turn('b1m-2', 'sun', 1)],
    };
    expect(meetingBackupProblems(r)).toEqual([
      'records.specialMeetings[1]: 同一个支部的专题组织生活会不止一次',
      'records.meetingAttendance[1]: 孙丽萍的到会情况登记了两次',
      'records.meetingAttendance[2].memberId: 李秀英不是这次会议的应到人员',
      'records.meetingTurns[0].presentation: 蒋卫东没有登记到会，不能记为到会或口头作党性分析',
      'records.meetingTurns[1].meetingId: 会议还没有召开，不应有发言记录',
      'records.meetingTurns[1].presentation: 孙丽萍没有登记到会，不能记为到会或口头作党性分析',
    ]);
  });
});
