import assert from 'node:assert/strict';
import { testHooksAllowed, testOnly } from '../../src/ui/testHooks';

// vscode.ExtensionMode: Production = 1, Development = 2, Test = 3 (vscode.d.ts)
describe('test hooks (configureProbe, answerConfirmations) outside a test run', () => {
  it('are refused in production and development, allowed only under an extension test run', () => {
    assert.equal(testHooksAllowed(1), false);
    assert.equal(testHooksAllowed(2), false);
    assert.equal(testHooksAllowed(3), true);
  });

  it('refuse with a clear error and never run the hook', () => {
    let mode = 1;
    const calls: string[] = [];
    const configureProbe = testOnly('configureProbe', () => mode, (roots: { procfs: string }) => { calls.push(roots.procfs); });
    assert.throws(() => configureProbe({ procfs: '/tmp/fake-proc' }), /^Error: configureProbe is for the integration tests only$/);
    mode = 2;
    assert.throws(() => configureProbe({ procfs: '/tmp/fake-proc' }), /integration tests only/);
    assert.deepEqual(calls, []);
    mode = 3;
    configureProbe({ procfs: '/tmp/fixture' });
    assert.deepEqual(calls, ['/tmp/fixture']);
  });
});
