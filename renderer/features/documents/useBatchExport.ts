import { useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { DocumentOptions } from '@shared/documents';
import { safeFileName } from '@shared/documents/text';
import { useApp } from '../../app/context';
import { useAction } from '../../app/useAction';
import { bridge } from '../../bridge';
import { runBatch } from './runBatch';
import { zipFiles } from './zipFiles';

/** One document of a batch: its title for the user, and how to build it. */
export interface BatchJob {
  title: string;
  /** The file name inside the zip, without extension. */
  fileTitle: string;
  build(options: DocumentOptions): Promise<Uint8Array>;
}

export type BatchState =
  | { phase: 'idle' }
  | { phase: 'running'; done: number; total: number; current?: string; cancelling: boolean }
  | {
      phase: 'finished';
      /** Where the zip went; undefined when nothing was saved (cancelled, all failed, or the user closed the dialog). */
      savedPath?: string;
      saved: number;
      failed: { title: string; reason: string }[];
      cancelled: boolean;
    };

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Builds each job in turn with the user's document fonts, showing progress, then saves them all
 * as one .zip. A job that fails is named in the result and the others are still saved; cancel
 * stops before the next job and saves nothing.
 */
export function useBatchExport() {
  const { settings } = useApp();
  const run = useAction();
  const [state, setState] = useState<BatchState>({ phase: 'idle' });
  const controller = useRef<AbortController | null>(null);

  // Leaving the page stops the batch rather than saving behind the user's back.
  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(
    async (jobs: readonly BatchJob[], zipTitle: string) => {
      const abort = new AbortController();
      controller.current = abort;
      const options: DocumentOptions = { fonts: settings.documentFonts };
      const result = await runBatch(
        jobs,
        async (job) => ({ name: safeFileName(job.fileTitle, '.docx'), data: await job.build(options) }),
        // Committed at once, so the page shows which document is being built while it is.
        (p) =>
          flushSync(() =>
            setState((s) => ({
              phase: 'running',
              done: p.done,
              total: p.total,
              current: p.current?.title,
              cancelling: s.phase === 'running' && s.cancelling,
            })),
          ),
        abort.signal,
      );
      const failed = result.failed.map((f) => ({ title: f.item.title, reason: reasonOf(f.error) }));
      let savedPath: string | undefined;
      if (!result.cancelled && result.built.length > 0) {
        const saved = await run(() =>
          bridge.filesSave({
            suggestedName: safeFileName(zipTitle, '.zip'),
            filters: [{ name: 'ZIP 压缩包', extensions: ['zip'] }],
            data: zipFiles(result.built.map((b) => b.value)),
          }),
        );
        if (saved?.saved) savedPath = saved.path ?? `${zipTitle}.zip`;
      }
      if (controller.current === abort) controller.current = null;
      setState({ phase: 'finished', savedPath, saved: result.built.length, failed, cancelled: result.cancelled });
    },
    [run, settings.documentFonts],
  );

  const cancel = useCallback(() => {
    controller.current?.abort();
    setState((s) => (s.phase === 'running' ? { ...s, cancelling: true } : s));
  }, []);

  const dismiss = useCallback(() => setState({ phase: 'idle' }), []);

  return { state, start, cancel, dismiss };
}
