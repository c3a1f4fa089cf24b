import type { MemberDraft } from '../types';

/** One thing wrong with an imported row or a typed-in member. */
export interface ImportProblem {
  /** `error` blocks importing (or saving) the person; `warning` is shown but does not. */
  level: 'error' | 'warning';
  field?: keyof MemberDraft | 'branch' | 'office';
  /** Chinese, for the user, e.g. "出生年月“1965.13”无法识别". */
  message: string;
}

/**
 * A value read from free text rather than from a column of its own: 备注 ("外出务工（广东东莞）"),
 * 职务 ("党员领导干部（分管财务科）") or 文化程度 (文盲). A guess, so the preview lists it for the
 * secretary to confirm or reject; never applied silently.
 */
export interface Inference {
  /** The column it was read from. */
  source: 'note' | 'post' | 'education';
  field: 'away' | 'frail' | 'cannotWrite' | 'chronicIll' | 'employment' | 'partyStatus' | 'roles' | 'oversees';
  /** Chinese, e.g. "从备注识别：外出（广东东莞）". */
  message: string;
}

/** One person read from a roster row (花名册的一行). */
export interface ImportedPerson {
  /** 1-based row number in the sheet, as the user sees it in Excel. */
  line: number;
  /**
   * With what `inferred` lists applied. branchId and officeId are unset and oversees is []: the
   * caller resolves branchName, officeName and overseesNames.
   */
  draft: MemberDraft;
  /** Normalised 所在支部 text. */
  branchName?: string;
  /** Normalised 所在科室 / 部门 text (an office or sub-unit, by name). */
  officeName?: string;
  /** Offices and sub-units named under 分管 (split on 、，,;；), plus those 职务 names. */
  overseesNames: string[];
  /** Errors block importing this row; warnings don't. */
  problems: ImportProblem[];
  /** What was read from free text; empty when nothing was. */
  inferred: Inference[];
  /** The row as its own columns give it, without `inferred`: imported instead when the secretary rejects them. */
  asWritten?: { draft: MemberDraft; overseesNames: string[] };
  /** Same-name people are never merged silently: the user decides. */
  sameName: { existingIds: string[]; otherLines: number[] };
}

export interface RosterPreview {
  /** 1-based line of the header row, or null when none was found. */
  headerLine: number | null;
  /** Every header cell, with the field it maps to (null: the column is ignored). */
  columns: { header: string; field: string | null }[];
  /** Blank and summary rows are skipped (listed in `skipped`). */
  rows: ImportedPerson[];
  skipped: { line: number; reason: string }[];
  /** Branch names in the file that are not among the existing branches. */
  newBranchNames: string[];
  /** Office and sub-unit names (所在科室, 分管) in the file that are not among the existing ones. */
  newOfficeNames: string[];
  /** Problems with the whole file, e.g. "未找到表头：至少需要“姓名”列". */
  fileErrors: string[];
}
