/**
 * The words of the demo's 党性分析材料: a few materials written out in full (the one returned
 * twice, a dictated one, the away member's), the rest put together from what a leader, an office
 * head, a staff member or a retiree of such a bureau would write, tied to the person by the
 * opinions raised about him or her (R-ANALYSIS-CONTENT: 联系个人实际).
 */
import type { AnalysisTexts } from '../analysis/review';
import type { Member } from '../members/types';

type Pools = Record<keyof AnalysisTexts, string[]>;

const LEADER: Pools = {
  problems: [
    '理论学习不够系统深入，有时以干代学、以会代学，用理论指导实践的能力有待提高。',
    '深入基层、深入企业调研不够，有时满足于听汇报、看材料，对企业的实际困难了解不深。',
    '抓分管工作有时重业务、轻党建，对分管科室同志的思想状况关心不够。',
    '批评与自我批评开展得不够，有时碍于情面，对分管科室存在的问题指出不及时。',
  ],
  roots: [
    '对加强理论学习的重要性认识不足，放松了主观世界的改造。',
    '宗旨意识有所淡化，群众观点树得不牢。',
    '责任意识不够强，存在好人主义思想。',
  ],
  measures: [
    '坚持每周集中学习半天，年内撰写调研文章两篇。',
    '每月到联系企业调研不少于两次，建立问题台账，限时解决。',
    '落实“一岗双责”，每季度听取一次分管科室党建工作汇报。',
    '带头开展批评与自我批评，对发现的问题及时指出、督促整改。',
  ],
};

const OFFICE_HEAD: Pools = {
  problems: [
    '工作标准不够高，满足于完成上级交办的任务，主动创新不够。',
    '对科室同志要求不严，管理上有失之于宽的情况。',
    '服务意识有待增强，对企业和基层的来电来访有时解释不够耐心。',
    '学习不够主动，对新知识、新政策掌握不及时。',
  ],
  roots: ['进取意识减退，存在“过得去就行”的思想。', '对“立党为公、执政为民”理解不深，服务意识不强。', '自我要求放松，没有把学习当成一种责任。'],
  measures: [
    '对照岗位职责，制定科室工作改进计划，每月检查落实情况。',
    '严格科室管理，建立首问负责和限时办结制度。',
    '每周自学不少于4小时，每季度写一篇学习体会。',
  ],
};

const STAFF: Pools = {
  problems: [
    '学习的自觉性不够，学习内容不系统，理论联系实际不够。',
    '工作中有时满足于按部就班，主动性、创造性不够。',
    '为企业和群众服务的意识有待加强，接待来访有时不够热情。',
    '组织纪律观念有所放松，参加组织生活有时不够积极。',
  ],
  roots: ['对党员标准要求不严，放松了党性锻炼。', '对自己要求不高，缺乏争先创优的精神。', '宗旨意识不强，没有摆正自己与群众的关系。'],
  measures: [
    '认真学习党章和保持共产党员先进性六条基本要求，每月读一本书、写一篇心得。',
    '立足岗位，把每一件工作做细做实。',
    '热情接待每一位来访群众和企业，做到一次性告知。',
    '按时参加组织生活，主动向支部汇报思想。',
  ],
};

const RETIRED: Pools = {
  problems: [
    '退休以后放松了政治理论学习，对党的新理论、新政策了解不多。',
    '参加支部组织生活不够经常，有时以身体不好为由请假。',
    '对社会上的一些不良现象，有时发牢骚，没有正确看待。',
    '发挥余热不够，对身边群众宣传党的政策不多。',
  ],
  roots: ['认为自己年纪大了，学不学无所谓，放松了对自己的要求。', '党员意识有所淡化，“离岗不离党”的思想树得不牢。'],
  measures: ['坚持每天读书看报，按时参加支部学习。', '退休不褪色，在社区宣传党的政策，做好邻里调解。', '管好家属子女，做遵纪守法的模范。'],
};

const numbered = (lines: string[]) => lines.map((l, i) => `${i + 1}. ${l}`).join('\n');
const pick = (pool: string[], from: number, count: number) => Array.from({ length: count }, (_, k) => pool[(from + k) % pool.length]);

/** A material put together for member number `n` (`headsOffice`: 科室负责人), with the opinions raised about him or her. */
export function composedTexts(m: Member, n: number, headsOffice: boolean, opinionsAbout: readonly string[]): AnalysisTexts {
  const leads = m.roles.includes('teamMember') || m.roles.includes('unitHead');
  const pools = m.employment === 'retired' ? RETIRED : leads ? LEADER : headsOffice ? OFFICE_HEAD : STAFF;
  const heard = opinionsAbout.map((o) => `同志们提出：“${o}”这个意见提得准，我诚恳接受，认真整改。`);
  return {
    problems: numbered([...pick(pools.problems, n, 3), ...heard]),
    roots: numbered(pick(pools.roots, n, 2)),
    measures: numbered(pick(pools.measures, n, 3)),
  };
}

/** What the 公示 added to a material before 定稿 (R-ANALYSIS-PUBLIC). */
export function revisedAfterPublic(t: AnalysisTexts, addition: string): AnalysisTexts {
  return { ...t, measures: `${t.measures}\n（根据公示期间同志们的意见补充）${addition}` };
}

/** 宋立新's three versions: returned twice (R-ANALYSIS-REWRITE), then passed. */
export const RETURNED_TWICE: [AnalysisTexts, AnalysisTexts, AnalysisTexts] = [
  {
    problems:
      '一年来，企业服务科在局党组领导下，走访企业120余家，协调解决问题60多个，受到企业好评，本人也被评为局先进工作者。存在的不足主要是：科室人手少、任务重，有的企业诉求没能及时回复。',
    roots: '主要是科室编制少，工作量大，加上企业诉求涉及的部门多，协调难度大。',
    measures: '争取增加人手，进一步提高服务水平。',
  },
  {
    problems: numbered(['对企业诉求回复不及时，有的事项拖了一个多月。', '走访企业重数量、轻实效。', '学习不够系统。']),
    roots: numbered(['工作忙，学习时间少。', '制度不健全。']),
    measures: numbered(['加强学习。', '完善制度。', '提高效率。']),
  },
  {
    problems: numbered([
      '宗旨意识不够牢。对企业反映的问题，有时只满足于转给有关部门，不跟踪、不回复，宏达机械厂反映的用地手续问题拖了一个多月，企业有意见。',
      '工作作风不够实。走访企业看数量多、问实效少，走访记录不完整。',
      '理论学习不够系统，满足于读文件、记笔记，用理论指导工作不够。',
    ]),
    roots: numbered([
      '放松了世界观的改造，把为企业服务当成一般事务，对“群众利益无小事”认识不深。',
      '有畏难情绪，遇到跨部门的事情怕麻烦、怕担责任。',
      '对自己要求不严，以忙代学。',
    ]),
    measures: numbered([
      '建立企业诉求登记台账，每件诉求5个工作日内答复，9月底前把积压的诉求全部答复完毕。',
      '每月至少走访企业4家，回访上次反映的问题。',
      '每周学习不少于半天，年底前写出两篇调研报告。',
      '请全科同志和服务对象监督。',
    ]),
  },
];

/** Dictated by 郑永年 (长期卧床) at home and recorded by the branch secretary: the short form. */
export const DICTATED: AnalysisTexts = {
  problems: '我年纪大了，身体不好，长期卧床，参加组织生活少了，对党的新理论学得少。有时对社会上的一些现象看不惯，发牢骚。',
  roots: '离休以后放松了学习，觉得自己老了，对自己要求松了。',
  measures: '请支部同志多给我读读报纸和文件；身体允许时参加支部的活动；管好子女，不给组织添麻烦。\n（本人口述，支部书记吴德厚记录，已向本人宣读，本人同意。）',
};

/** Sent by post from Shanghai by 沈玉珍 (随子女居住) (R-EVAL-COVER). */
export const BY_POST: AnalysisTexts = {
  problems: numbered([
    '随子女在上海居住后，和支部联系少了，参加组织生活少，按时交纳党费靠托人代交。',
    '对党的新理论、新政策学习不够，满足于看看电视新闻。',
  ]),
  roots: numbered(['认为自己不在本地，支部活动参加不了也情有可原，党员意识淡化了。']),
  measures: numbered(['每月给支部写信或打电话汇报一次思想。', '在居住的社区参加流动党员的学习活动。', '回示例市时主动参加支部活动。']),
};
