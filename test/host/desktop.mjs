// The same integration test index through @vscode/test-electron, for desktops with internet
// (it downloads a VS Code build, which this project's CI machines cannot).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
try {
  await runTests({
    // the fixture extension (a debug type without process events, a language-server-like child) loads too
    extensionDevelopmentPath: [root, path.join(root, 'test', 'fixtures', 'extension'), path.join(root, 'test', 'fixtures', 'extension-light')],
    extensionTestsPath: path.join(root, 'out', 'test', 'integration', 'index.js'),
    launchArgs: ['--disable-extensions', '--disable-workspace-trust'],
    extensionTestsEnv: { VITALS_TEST_RESULT: path.join(root, 'out', 'desktop-result.json') },
  });
} catch (e) {
  console.error(`desktop integration tests failed: ${e}`);
  process.exit(1);
}
