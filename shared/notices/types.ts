/** The words of 两个通报 (R-NOTICE-BRANCH, R-NOTICE-LEADERSHIP). */
import type { z } from 'zod';
import type { noticeRecord } from './schema';

/** Each branch's notice to the masses; the party organisation's notice of the leadership meeting. */
export const NOTICE_KINDS = ['branch', 'leadership'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];
export const NOTICE_KIND_LABEL: Record<NoticeKind, string> = {
  branch: '支部民主评议情况通报',
  leadership: '领导班子专题民主生活会情况通报',
};

/** How the notice reached the cadres and masses. */
export const NOTICE_WAYS = ['meeting', 'posting', 'document', 'other'] as const;
export type NoticeWay = (typeof NOTICE_WAYS)[number];
export const NOTICE_WAY_LABEL: Record<NoticeWay, string> = { meeting: '召开通报会', posting: '张榜公布', document: '印发通报', other: '其他方式' };

export type Notice = z.infer<typeof noticeRecord>;
