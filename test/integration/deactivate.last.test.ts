// Runs after every other file (index.ts orders *.last.test.js last): once Vitals is deactivated,
// the sampler is gone for the rest of the host's life.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import type { VitalsApi } from '../../src/extension';
import { until } from '../unit/helpers';

describe('Vitals deactivated in a real VS Code extension host', () => {
  it('stops the worker thread on deactivate', async () => {
    const ext = vscode.extensions.getExtension<VitalsApi>('vitals.vitals')!;
    const api = await ext.activate();
    const main = require(path.join(ext.extensionPath, 'dist', 'extension.js')) as { deactivate(): Promise<void> };
    const tasksBefore = fs.readdirSync('/proc/self/task').length;
    await main.deactivate();
    assert.equal(api.sampler.running, false);
    await until(() => fs.readdirSync('/proc/self/task').length < tasksBefore, 'worker thread to leave /proc/self/task', 5000);
  });
});
