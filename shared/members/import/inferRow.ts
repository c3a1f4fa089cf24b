/**
 * What a row's free text adds to what its columns say: 职务 (roles, 分管), 备注 (away, frail,
 * unable to write, ill, retired, 预备) and 文化程度 (文盲). Each addition is listed as an
 * Inference; a field the columns already fill is left alone.
 */
import { ROLE_LABEL, type MemberDraft } from '../types';
import { PARTY_ONLY_ROLES } from '../validate';
import { readNote, readPost } from './infer';
import type { ImportProblem, Inference } from './types';

/** What the row says in so many words, and what the free-text step needs to know about it. */
export interface Written {
  draft: MemberDraft;
  overseesNames: string[];
  /** 在职/离退休 was stated (a column, a flag, or a 离退休党支部). */
  employmentGiven: boolean;
  /** 文化程度 says 文盲. */
  illiterate: boolean;
}

const SOURCE_LABEL: Record<Inference['source'], string> = { note: '备注', post: '职务', education: '文化程度' };

/** Applies what 职务, 备注 and 文化程度 suggest where the columns left a field empty. */
export function inferFromText(w: Written, problems: ImportProblem[]): { draft: MemberDraft; overseesNames: string[]; inferred: Inference[] } {
  const d: MemberDraft = { ...w.draft, roles: [...w.draft.roles] };
  const overseesNames = [...w.overseesNames];
  const inferred: Inference[] = [];
  const add = (source: Inference['source'], field: Inference['field'], what: string) =>
    inferred.push({ source, field, message: `从${SOURCE_LABEL[source]}识别：${what}` });
  const party = d.kind === 'party';

  const post = readPost(d.post ?? '');
  const roles = post.roles.filter((r) => !d.roles.includes(r) && (party || !PARTY_ONLY_ROLES.includes(r)));
  roles.forEach((r) => add('post', 'roles', ROLE_LABEL[r]));
  d.roles = [...roles, ...d.roles];
  const overseen = post.oversees.filter((n) => !overseesNames.includes(n));
  if (overseen.length > 0) {
    overseesNames.push(...overseen);
    add('post', 'oversees', `分管 ${overseen.join('、')}`);
  }
  if (!w.employmentGiven && /^(离休|退休|离退休)/u.test(d.post ?? '')) {
    d.employment = 'retired';
    add('post', 'employment', '离退休');
  }

  const note = readNote(d.note ?? '');
  if (note.away !== undefined && d.away === null) {
    if (note.away === '') {
      problems.push({ level: 'warning', field: 'away', message: '备注提到外出，但没有写明地点，未按外出导入，请核对' });
    } else {
      d.away = { place: note.away, contact: d.phone ?? '' };
      add('note', 'away', `外出（${note.away}）`);
    }
  }
  if (note.frail && !d.frail) {
    d.frail = true;
    add('note', 'frail', '年老体弱');
  }
  if (note.cannotWrite && !d.cannotWrite) {
    d.cannotWrite = true;
    add('note', 'cannotWrite', '无书写能力');
  }
  if (note.chronicIll && !d.chronicIll) {
    d.chronicIll = true;
    add('note', 'chronicIll', '长期患病');
  }
  if (note.retired && d.employment !== 'retired') {
    if (w.employmentGiven) {
      problems.push({ level: 'warning', field: 'employment', message: '备注写有退休，但在职情况为在职，请核对' });
    } else {
      d.employment = 'retired';
      add('note', 'employment', '离退休');
    }
  }
  if (note.probationary && party && d.partyStatus === undefined) {
    d.partyStatus = 'probationary';
    add('note', 'partyStatus', '预备党员');
  }
  if (w.illiterate && !d.cannotWrite) {
    d.cannotWrite = true;
    add('education', 'cannotWrite', '无书写能力');
  }
  return { draft: d, overseesNames, inferred };
}
