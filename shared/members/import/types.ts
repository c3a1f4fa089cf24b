import type { MemberDraft } from '../types';

/** One thing wrong with an imported row or a typed-in member. */
export interface ImportProblem {
  /** `error` blocks importing (or saving) the person; `warning` is shown but does not. */
  level: 'error' | 'warning';
  field?: keyof MemberDraft | 'branch';
  /** Chinese, for the user, e.g. "出生年月“1965.13”无法识别". */
  message: string;
}

/** One person read from a roster row (花名册的一行). */
export interface ImportedPerson {
  /** 1-based row number in the sheet, as the user sees it in Excel. */
  line: number;
  /** branchId is unset and oversees is []: the caller resolves branchName and overseesNames. */
  draft: MemberDraft;
  /** Normalised 所在支部 text. */
  branchName?: string;
  /** 分管 text split on 、，,;； */
  overseesNames: string[];
  /** Errors block importing this row; warnings don't. */
  problems: ImportProblem[];
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
  /** Problems with the whole file, e.g. "未找到表头：至少需要“姓名”列". */
  fileErrors: string[];
}
