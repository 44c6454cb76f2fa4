// The notices of vitals.exportHistory. No vscode import. The file's path is the workspace folder's
// (a cloned repository names it) and VS Code turns `[text](command:…)` in a notification into a
// link: the path goes through the notification sink like process text.
import { CMDLINE_MAX, messageText, unlink } from '../text/sinks';

export function historyWrittenNotice(samples: number, file: string): string {
  return unlink(`Vitals: ${samples} samples written to ${messageText(file, CMDLINE_MAX)}.`);
}

export function historyWriteError(message: string): string {
  return unlink(`Vitals could not write the history: ${messageText(message)}`);
}
