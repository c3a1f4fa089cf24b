/**
 * What every document builder shares: its options and the signature. Each builder's own view
 * model (the document's content, not DB rows) is declared beside the builder.
 */
import type { DocumentFonts } from '../ipc/contract';

export type { IsoDate } from './chineseDate';
export type { Signature } from './layout/signature';

export interface DocumentOptions {
  /** Font names from the settings; DEFAULT_DOCUMENT_FONTS when absent. */
  fonts?: DocumentFonts;
}

/** A document builder: view model → .docx bytes. */
export type DocumentBuilder<M> = (model: M, options?: DocumentOptions) => Promise<Uint8Array>;
