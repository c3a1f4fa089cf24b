/**
 * Page geometry of GB/T 9704-2012 (党政机关公文格式), in twips (1/1440 inch, 1 mm ≈ 56.69).
 * A4; 天头 37 mm, 下白边 35 mm, 订口 (left) 28 mm, 翻口 (right) 26 mm: a 156 × 225 mm text block
 * holding 22 lines of 28 characters of 3号 (16 pt) type.
 */
import { DocumentGridType, NumberFormat, PageOrientation, type ISectionPropertiesOptions } from 'docx';

export const mm = (millimetres: number): number => Math.round((millimetres * 1440) / 25.4);

export const PAGE = {
  width: 11906,
  height: 16838,
  marginTop: mm(37),
  marginBottom: mm(35),
  marginLeft: mm(28),
  marginRight: mm(26),
} as const;

/** Width of the text block (版心): 8845 twips ≈ 156 mm. */
export const TEXT_WIDTH = PAGE.width - PAGE.marginLeft - PAGE.marginRight;
/** Height of the text block: 12756 twips ≈ 225 mm. */
export const TEXT_HEIGHT = PAGE.height - PAGE.marginTop - PAGE.marginBottom;

export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;

/** Half-points (the unit of w:sz): 2号 22 pt, 3号 16 pt, 4号 14 pt, 小四 12 pt. */
export const SIZE = { hao2: 44, hao3: 32, hao4: 28, xiao4: 24 } as const;

/**
 * Line pitch of the grid and the fixed line spacing: the largest whole twip value that still
 * fits 22 lines in the block (12756 / 22 = 579.8 → 579; 580 × 22 would overflow).
 */
export const LINE_PITCH = Math.floor(TEXT_HEIGHT / LINES_PER_PAGE);

/**
 * w:charSpace is the difference between the grid pitch and the default character size
 * (3号 = 16 pt) in 1/4096 pt. Word fits floor(width / pitch) characters on a line, so the pitch
 * must not exceed 8845 / 28 twips: 16 pt − 842/4096 pt = 15.7944 pt = 315.89 twips → 28 chars
 * (−841 would give 315.894 × 28 = 8845.02 > 8845 and only 27).
 */
export const CHAR_SPACE = Math.floor(((TEXT_WIDTH / CHARS_PER_LINE / 20 - SIZE.hao3 / 2) * 4096));

/** One body character on the grid, in twips (for indents computed in characters). */
export const CHAR_PITCH = (SIZE.hao3 / 2 + CHAR_SPACE / 4096) * 20;

/** The page number's dashes sit 7 mm below the text block (一字线上距版心下边缘 7 mm). */
const PAGE_NUMBER_LINE = 28 * 20 / 2; // 4号 on an exact 14 pt line; the dash sits mid-line.
export const FOOTER_DISTANCE = PAGE.marginBottom - mm(7) - PAGE_NUMBER_LINE / 2;
export const PAGE_NUMBER_LINE_HEIGHT = PAGE_NUMBER_LINE;

/** The section's page: A4, the margins, the footers' distance, the 22 × 28 grid. */
export function sectionProperties(): ISectionPropertiesOptions {
  return {
    page: {
      size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT },
      margin: {
        top: PAGE.marginTop,
        right: PAGE.marginRight,
        bottom: PAGE.marginBottom,
        left: PAGE.marginLeft,
        header: 851,
        footer: Math.round(FOOTER_DISTANCE),
        gutter: 0,
      },
      pageNumbers: { formatType: NumberFormat.DECIMAL },
    },
    grid: { type: DocumentGridType.LINES_AND_CHARS, linePitch: LINE_PITCH, charSpace: CHAR_SPACE },
  };
}
