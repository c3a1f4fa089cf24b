/**
 * The demo's records of the two special meetings and what follows them, as they stand on the
 * 演示日期 9月13日: the leadership's 专题民主生活会 (9月22日) and each branch's 专题组织生活会
 * (9月23日—25日) are planned, with place, host, recorder, 列席 non-party people and the 上级 and
 * 督导组 people who will come; the few absences already known (members away or bedridden) are
 * recorded. Nothing is held yet, so the 督导组 has confirmed nothing, and there are no minutes,
 * evaluations, notices, survey rounds or self-inspection: they all come after the meetings.
 */
import type { UnitRecords, UnitRecordTypes } from '../data/registry';
import { demoAt, demoDate } from './demoCalendar';
import { DEMO_SUPERVISOR, type DemoCast } from './demoCast';

type SpecialMeeting = UnitRecordTypes['specialMeetings'];
type Attendance = UnitRecordTypes['meetingAttendance'];

/** The second member of the 督导组 and the 市直机关工委's man (neither is on the unit's roster). */
const SUPERVISOR_2 = '陆文清';
const WORK_COMMITTEE = { name: '钟立新', org: '中共示例市直属机关工作委员会' };
const UNIT_COMMITTEE = '中共示例市经济局机关委员会';

const LEADERSHIP_AGENDA = [
  '党组书记通报征求意见情况和领导班子对照检查材料',
  '班子成员逐一作党性分析，开展批评与自我批评',
  '上级党组织和督导组同志点评',
  '党组书记总结，明确整改方向',
];
const BRANCH_AGENDA = [
  '支部书记通报征求意见情况',
  '党员逐一作党性分析，开展批评与自我批评',
  '列席群众参与评议',
  '上级党组织和督导组同志点评',
  '支部书记总结',
];

interface BranchPlan {
  branch: 0 | 1 | 2;
  day: string;
  time: string;
  place: string;
  host: string;
  recorder: string;
  nonParty: string[];
  higher: { name: string; org: string };
  supervisors: string[];
  /** Absences known on the 演示日期: [name, reason]. */
  absent: [string, string][];
}

const BRANCHES: BranchPlan[] = [
  {
    branch: 0, day: '09-23', time: '14:30', place: '局机关五楼党员活动室', host: '孙丽萍', recorder: '胡斌',
    nonParty: ['钱小红', '魏刚'], higher: WORK_COMMITTEE, supervisors: [SUPERVISOR_2],
    absent: [['蒋卫东', '援疆挂职在外，党性分析材料书面寄回']],
  },
  {
    branch: 1, day: '09-24', time: '09:00', place: '局机关二楼小会议室', host: '周海涛', recorder: '许文博',
    nonParty: ['孔令辉', '金淑华'], higher: { name: '王建华', org: UNIT_COMMITTEE }, supervisors: [SUPERVISOR_2],
    absent: [],
  },
  {
    branch: 2, day: '09-25', time: '09:00', place: '局老干部活动室', host: '吴德厚', recorder: '秦淑芬',
    nonParty: ['陶勇'], higher: { name: '王建华', org: UNIT_COMMITTEE }, supervisors: [DEMO_SUPERVISOR],
    absent: [
      ['沈玉珍', '随子女在上海居住，书面提交党性分析材料'],
      ['郑永年', '长期卧床，因病不能到会，由支部书记上门听取口头党性分析'],
    ],
  },
];

export type DemoMeetingRecords = Pick<
  UnitRecords,
  'specialMeetings' | 'meetingAttendance' | 'meetingTurns' | 'meetingGateChecks' | 'evaluations' | 'evaluationReports' | 'notices' | 'surveyRounds' | 'selfChecks'
>;

export function demoMeetings(cast: DemoCast): DemoMeetingRecords {
  const { unitId, makeId } = cast;
  const planned = (over: Pick<SpecialMeeting, 'kind' | 'date' | 'time' | 'place' | 'nonParty' | 'higherNames' | 'higherOrgs' | 'supervisorNames' | 'agenda'> & { branchId?: string; host: string; recorder: string; on: string }): SpecialMeeting => {
    const { host, recorder, on, ...rest } = over;
    return {
      id: makeId(),
      unitId,
      status: 'planned',
      ...rest,
      hostId: cast.id(host),
      hostName: cast.person(host).name,
      recorderId: cast.id(recorder),
      recorderName: cast.person(recorder).name,
      createdAt: demoAt(on, '16:00'),
      updatedAt: demoAt(on, '16:00'),
    };
  };
  const leadership = planned({
    kind: 'democraticLife',
    date: demoDate('09-22'),
    time: '08:30',
    place: '局机关三楼会议室',
    host: '陈国栋',
    recorder: '孙丽萍',
    nonParty: [],
    higherNames: [WORK_COMMITTEE.name],
    higherOrgs: [WORK_COMMITTEE.org],
    supervisorNames: [DEMO_SUPERVISOR, SUPERVISOR_2],
    agenda: LEADERSHIP_AGENDA,
    on: '09-12',
  });
  const branchMeetings = BRANCHES.map((b) => ({
    plan: b,
    meeting: planned({
      kind: 'orgLife',
      branchId: cast.branches[b.branch].id,
      date: demoDate(b.day),
      time: b.time,
      place: b.place,
      host: b.host,
      recorder: b.recorder,
      nonParty: b.nonParty.map((n) => cast.person(n).name),
      higherNames: [b.higher.name],
      higherOrgs: [b.higher.org],
      supervisorNames: b.supervisors,
      agenda: BRANCH_AGENDA,
      on: '09-13',
    }),
  }));
  const attendance: Attendance[] = branchMeetings.flatMap(({ plan, meeting }) =>
    plan.absent.map(([name, reason]) => ({
      id: makeId(),
      unitId,
      meetingId: meeting.id,
      memberId: cast.id(name),
      present: false,
      absentReason: reason,
      createdAt: demoAt('09-13', '16:30'),
      updatedAt: demoAt('09-13', '16:30'),
    })),
  );
  return {
    specialMeetings: [leadership, ...branchMeetings.map((m) => m.meeting)],
    meetingAttendance: attendance,
    meetingTurns: [],
    meetingGateChecks: [],
    evaluations: [],
    evaluationReports: [],
    notices: [],
    surveyRounds: [],
    selfChecks: [],
  };
}
