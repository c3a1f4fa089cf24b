/**
 * Every rule of DOMAIN.md and how far the app is trusted with it. A rule is `computed` only
 * when the app computes or enforces it from the data and a test named after the rule proves it;
 * `hinted` when it is a judgement the app cannot make (is a material's 问题 准?) but checks
 * what the data can show and says it as a hint, never a gate — a test named after the rule proves
 * the hints; `manual` when a checklist item without a measure names it, so someone ticks it by
 * hand; `notYet` otherwise. shared/rules.test.ts keeps this list, DOMAIN.md and the test titles
 * in step.
 */

export type RuleStatus = 'computed' | 'hinted' | 'manual' | 'notYet';

export interface Rule {
  id: string;
  status: RuleStatus;
  /** One line, shown to the user. */
  title: string;
}

export const RULES = [
  // The campaign and its stages
  { id: 'R-STAGE-LOOKBACK', status: 'computed', title: '未按期完成第一阶段的单位搞好回头看，经督导组验收合格后方可转段' },
  { id: 'R-STAGE-PLAN', status: 'computed', title: '制定分析评议阶段工作方案：规定动作不走样，自选动作有特色' },
  { id: 'R-STAGE-MOBILISE', status: 'computed', title: '9月4日前召开转段动员会，督导组派人参加' },
  { id: 'R-STAGE-SCHEDULE', status: 'computed', title: '分析评议阶段约一个月，10月1日前基本结束，时间服从质量' },
  { id: 'R-STAGE-SELFCHECK', status: 'computed', title: '阶段结束前对照六个方面开展自查' },
  { id: 'R-STAGE-ACCEPT', status: 'computed', title: '本阶段经督导组检查验收合格后方可进入下一阶段' },
  // 1. 征求意见
  { id: 'R-OPIN-CONTINUE', status: 'computed', title: '继续征求意见，补上第一阶段征求意见的不足' },
  { id: 'R-OPIN-SCOPE', status: 'computed', title: '征求意见范围要广：党员、群众、服务对象，不留空白' },
  { id: 'R-OPIN-CONTENT', status: 'computed', title: '征求意见内容要全：对党组织、领导班子和每名党员' },
  { id: 'R-OPIN-CHANNELS', status: 'computed', title: '征求意见方式要活：个别交谈、意见箱、征求意见表、座谈会等' },
  { id: 'R-OPIN-LASTYEAR', status: 'computed', title: '可检查去年民主生活会群众意见的整改情况' },
  { id: 'R-OPIN-FEEDBACK', status: 'computed', title: '主要负责同志向班子成员、支部书记向党员反馈意见' },
  // 2. 谈心
  { id: 'R-TALK-PAIRS', status: 'computed', title: '班子成员之间、书记与党员、党员之间、党员与群众普遍谈心' },
  { id: 'R-TALK-LEADER-ALL', status: 'computed', title: '党员领导干部原则上与所在支部每名党员谈心' },
  { id: 'R-TALK-PLAN', status: 'computed', title: '制定谈心计划，提前预约，有准备地谈' },
  // 3. 党性分析材料
  // The four demands as far as the text shows them (shared/analysis/hints.ts); the reviewer judges.
  { id: 'R-ANALYSIS-CONTENT', status: 'hinted', title: '党性分析材料做到问题准、根源清、认识深、措施实' },
  { id: 'R-ANALYSIS-MODE', status: 'computed', title: '三个区别对待：本人亲笔撰写，或口述、他人记录' },
  { id: 'R-ANALYSIS-REVIEW', status: 'computed', title: '按分工审阅党性分析材料' },
  { id: 'R-ANALYSIS-REWRITE', status: 'computed', title: '不合要求的党性分析材料退回重写' },
  { id: 'R-ANALYSIS-PUBLIC', status: 'computed', title: '党性分析材料公示，党员互提意见后修改完善' },
  // 4. 专题民主生活会 / 专题组织生活会
  { id: 'R-MEET-SIX', status: 'computed', title: '专题民主生活会和专题组织生活会“六个不开”' },
  { id: 'R-MEET-CONDUCT', status: 'computed', title: '班长带头，认真开展批评和自我批评，党员逐一评议' },
  { id: 'R-MEET-DUAL', status: 'computed', title: '党员领导干部参加所在支部专题组织生活会（双重组织生活）' },
  // 5. 两个通报 and 满意度测评
  { id: 'R-NOTICE-BRANCH', status: 'computed', title: '各支部向群众通报民主评议情况' },
  { id: 'R-NOTICE-LEADERSHIP', status: 'computed', title: '向干部群众通报领导班子专题民主生活会情况' },
  { id: 'R-SURVEY-70', status: 'computed', title: '群众满意度低于70%的须补课' },
  // 6. 评议
  { id: 'R-EVAL-NOGRADE', status: 'computed', title: '不确定党员格次，不搞以票取人、末位淘汰' },
  { id: 'R-EVAL-FIVE', status: 'computed', title: '评议党员做到“五个区别开来”' },
  { id: 'R-EVAL-COVER', status: 'computed', title: '分析评议全覆盖：年老体弱和外出党员作出安排' },
  { id: 'R-EVAL-OPINION', status: 'computed', title: '对每名党员是否履行党员义务、是否符合党员条件提出明确意见' },
  { id: 'R-EVAL-REPORT', status: 'computed', title: '拟定为不履行党员义务、不符合党员条件的党员及时上报' },
  // Throughout
  { id: 'R-FIX-NOW', status: 'computed', title: '边议边改，群众意见大的先改' },
  { id: 'R-STUDY', status: 'computed', title: '坚持学习党章和保持共产党员先进性的六条基本要求' },
  { id: 'R-SUPERVISE', status: 'computed', title: '督导组和各单位跟踪进度，发现和培养典型' },
] as const satisfies readonly Rule[];

export type RuleId = (typeof RULES)[number]['id'];

export const RULE_BY_ID: Readonly<Record<RuleId, Rule>> = Object.fromEntries(RULES.map((r) => [r.id, r])) as Record<
  RuleId,
  Rule
>;

export function isRuleId(id: string): id is RuleId {
  return Object.prototype.hasOwnProperty.call(RULE_BY_ID, id);
}

/** How far the app is trusted with a rule; `undefined` for an id that is not in DOMAIN.md. */
export function ruleStatus(id: string): RuleStatus | undefined {
  return isRuleId(id) ? RULE_BY_ID[id].status : undefined;
}
