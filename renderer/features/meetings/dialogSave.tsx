import { useState } from 'react';
import { Alert, App } from 'antd';
import { UserError } from '@shared/util/result';
import { useAction } from '../../app/useAction';

/**
 * Runs a dialog's save: a refusal (a missing field, a rule) stays in the dialog, where the user is
 * looking, instead of a message that fades; anything else goes through useAction.
 */
export function useDialogSave(onDone: (saved: boolean) => void) {
  const run = useAction();
  const { message } = App.useApp();
  const [error, setError] = useState<string | null>(null);
  const save = async (fn: () => Promise<unknown>, success: string) => {
    setError(null);
    const r = await run(async () => {
      try {
        return (await fn()) ?? true;
      } catch (e) {
        if (e instanceof UserError || (e instanceof Error && e.name === 'UserError')) {
          setError(e.message);
          return undefined;
        }
        throw e;
      }
    });
    if (r !== undefined) {
      void message.success(success);
      onDone(true);
    }
  };
  const close = () => {
    setError(null);
    onDone(false);
  };
  return { error, save, close };
}

export function ErrorLine({ error }: { error: string | null }) {
  if (!error) return null;
  return <Alert type="error" showIcon data-testid="meeting-dialog-error" style={{ marginBottom: 12, whiteSpace: 'pre-line' }} title={error} />;
}
