import { z } from 'zod';
import { contract, CHANNELS, type Channel, type Contract } from '../../shared/ipc/contract';
import { isAppPageUrl } from './appProtocol';

/** What a handler receives: the input after its schema applied defaults. */
export type HandlerInput<C extends Channel> = z.output<Contract[C]['input']>;
export type HandlerOutput<C extends Channel> = z.input<Contract[C]['output']>;

/** One handler per channel; a channel missing here is a type error. */
export type Handlers = {
  [C in Channel]: (input: HandlerInput<C>) => Promise<HandlerOutput<C>> | HandlerOutput<C>;
};

/** The parts of Electron's WebFrameMain we look at. */
export type SenderFrame = { url: string; parent: unknown | null } | null | undefined;

/** The parts of Electron's IpcMainInvokeEvent we check: the web contents and the frame that called. */
export type InvokeEvent = { sender?: unknown; senderFrame?: SenderFrame };

/** The parts of Electron's ipcMain we use. */
export type IpcMainLike = {
  handle(channel: string, listener: (event: InvokeEvent, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
};

export type RegisterOptions = {
  /** True only for our own top-level app page; everything else is refused. */
  isTrustedSender: (event: InvokeEvent) => boolean;
  /** Where to report failures that are our fault (output not matching the contract). */
  logError?: (message: string, detail?: unknown) => void;
};

const zhErrors = z.locales.zhCN().localeError;

/**
 * Trusts a call only from the top-level frame showing our own page, app://renderer/index.html
 * (any hash route), and (when given) from the main window's web contents. Anything else — a
 * file:// or web page, a sub-frame, a page navigated elsewhere, a destroyed frame, another
 * window — is refused. The web contents is compared rather than the frame object, because a
 * reload may give the page a new frame.
 */
export function createSenderCheck(getMainContents?: () => unknown): (event: InvokeEvent) => boolean {
  return ({ sender, senderFrame: frame }) => {
    if (!frame || frame.parent) return false;
    if (!isAppPageUrl(frame.url)) return false;
    if (getMainContents) {
      const main = getMainContents();
      if (!main || main !== sender) return false;
    }
    return true;
  };
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}：${issue.message}` : issue.message))
    .join('；');
}

/** Registers one `ipcMain.handle` per channel in the contract; returns a function that removes them. */
export function registerHandlers(ipcMain: IpcMainLike, handlers: Handlers, options: RegisterOptions): () => void {
  for (const channel of CHANNELS) {
    const schemas = contract[channel];
    const handler = handlers[channel] as (input: unknown) => unknown;
    if (typeof handler !== 'function') throw new Error(`Missing IPC handler for ${channel}`);

    ipcMain.handle(channel, async (event, ...args) => {
      if (!options.isTrustedSender(event)) {
        throw new Error(`拒绝请求：调用来源不是本应用窗口（${channel}）`);
      }
      const parsedInput = schemas.input.safeParse(args[0], { error: zhErrors });
      if (!parsedInput.success) {
        throw new Error(`参数不正确（${channel}）：${describeIssues(parsedInput.error)}`);
      }
      const result = await handler(parsedInput.data);
      const parsedOutput = schemas.output.safeParse(result, { error: zhErrors });
      if (!parsedOutput.success) {
        options.logError?.(`IPC output for ${channel} does not match the contract`, parsedOutput.error.issues);
        throw new Error(`内部错误：返回的数据不符合约定（${channel}），请联系技术人员。`);
      }
      return parsedOutput.data;
    });
  }
  return () => {
    for (const channel of CHANNELS) ipcMain.removeHandler(channel);
  };
}
