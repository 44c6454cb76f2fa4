// The API's test hooks (configureProbe points the probe at another /proc, answerConfirmations
// answers kill confirmations): any extension can call them through the exported API, so each runs
// only under an extension test run. Pure (the vscode import is types only): unit-tested in Node.
import type * as vscode from 'vscode';

/** vscode.ExtensionMode.Test (the type checks the value against vscode.d.ts). */
const TEST_MODE: vscode.ExtensionMode.Test = 3;

/** Whether an extension running in this mode may use the test hooks. */
export function testHooksAllowed(mode: vscode.ExtensionMode | number): boolean {
  return mode === TEST_MODE;
}

/** `fn`, refused with a clear error unless the extension runs under a test run. */
export function testOnly<A extends unknown[], R>(name: string, mode: () => vscode.ExtensionMode | number, fn: (...args: A) => R): (...args: A) => R {
  return (...args: A): R => {
    if (!testHooksAllowed(mode())) throw new Error(`${name} is for the integration tests only`);
    return fn(...args);
  };
}
