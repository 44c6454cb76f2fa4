import assert from 'node:assert/strict';
import { owningExtension, processLabel, programName, vscodeRole } from '../../src/monitor/processRoles';

const EXTENSIONS = [
  { id: 'ms-python.vscode-pylance', displayName: 'Pylance', extensionPath: '/home/u/.vscode/extensions/ms-python.vscode-pylance-2024.1.1' },
  { id: 'ms-python.python', displayName: 'Python', extensionPath: '/home/u/.vscode/extensions/ms-python.python-2024.0.0' },
  { id: 'vscode.typescript-language-features', displayName: '%displayName%', extensionPath: '/usr/share/code/resources/app/extensions/typescript-language-features' },
  { id: 'rust-lang.rust-analyzer', displayName: 'rust-analyzer', extensionPath: 'C:\\Users\\u\\.vscode\\extensions\\rust-lang.rust-analyzer-0.3.1-win32-x64' },
];

describe('process roles: what a user calls each editor process (issue #11)', () => {
  it('names VS Code\'s own processes from --type=, as its Process Explorer does', () => {
    const node = '/usr/share/code/code';
    assert.equal(vscodeRole([node, '--type=extensionHost', '--ms-enable-electron-run-as-node']), 'extension host');
    assert.equal(vscodeRole([node, '/x/out/bootstrap-fork', '--type=fileWatcher']), 'file watcher');
    assert.equal(vscodeRole([node, '/x/out/bootstrap-fork', '--type=ptyHost', '--logsPath', '/l']), 'pty host');
    assert.equal(vscodeRole([node, '--type=renderer', '--enable-sandbox']), 'window');
    assert.equal(vscodeRole([node, '--type=utility', '--utility-sub-type=network.mojom.NetworkService']), 'utility network service');
    assert.equal(vscodeRole([node, '--type=utility', '--utility-sub-type=node.mojom.NodeService']), 'utility process');
    assert.equal(vscodeRole([node, '--type=gpu-process']), 'gpu process');
    assert.equal(vscodeRole([node, '--type=someNewKind']), 'someNewKind', 'an unknown type is shown as VS Code spells it');
    assert.equal(vscodeRole(['/srv/node', '/srv/vscode/out/server-main.js', '--host', '127.0.0.1']), 'VS Code server');
    assert.equal(vscodeRole(['/srv/node', '/srv/code-server/out/node/entry.js', '--auth', 'none']), 'code-server');
    assert.equal(vscodeRole(['/srv/node', '/srv/code-server/out/node/entry']), 'code-server', 'the server child code-server forks');
    assert.equal(vscodeRole(['/srv/node', '/srv/code-server/lib/vscode/out/bootstrap-fork', '--type=agentHost']), 'agent host');
    assert.equal(vscodeRole(['/usr/bin/node', '/tmp/tsserver.js']), undefined);
  });

  it('labels a language server by the extension whose folder holds its script', () => {
    const pylance = ['/usr/bin/node', '/home/u/.vscode/extensions/ms-python.vscode-pylance-2024.1.1/dist/server.bundle.js', '--stdio'];
    assert.equal(processLabel({ pid: 9, name: 'MainThread', exe: '/usr/bin/node', cmdline: pylance }, EXTENSIONS), 'Pylance (ms-python.vscode-pylance)');
    const tsserver = ['/usr/share/code/code', '--max-old-space-size=3072', '/usr/share/code/resources/app/extensions/node_modules/typescript/lib/tsserver.js'];
    assert.equal(processLabel({ pid: 10, name: 'MainThread', exe: '/usr/share/code/code', cmdline: tsserver }, EXTENSIONS), 'code tsserver.js',
      'a path beside, not inside, an extension folder is not that extension');
    const ra = 'C:\\Users\\u\\.vscode\\extensions\\rust-lang.rust-analyzer-0.3.1-win32-x64\\server\\rust-analyzer.exe';
    assert.equal(owningExtension(ra, [ra], EXTENSIONS)?.id, 'rust-lang.rust-analyzer', 'the executable itself, Windows separators');
    assert.equal(owningExtension('/usr/bin/python3', ['/usr/bin/python3', '--script=/home/u/.vscode/extensions/ms-python.python-2024.0.0/python_files/run.py'], EXTENSIONS)?.id,
      'ms-python.python', 'a path given as --flag=value');
    assert.equal(processLabel({ pid: 11, name: 'x', exe: '', cmdline: ['/usr/share/code/resources/app/extensions/typescript-language-features/dist/x'] }, EXTENSIONS),
      'vscode.typescript-language-features', 'an unlocalised %displayName% falls back to the id');
  });

  it('a prefix of a folder name is not that folder', () => {
    assert.equal(owningExtension('/home/u/.vscode/extensions/ms-python.python-2024.0.0-other/bin/x', [], EXTENSIONS), undefined);
  });

  it('falls back to the program, with the script an interpreter runs, never the thread name', () => {
    assert.equal(programName('/usr/bin/node', ['node', '--inspect', '/w/app/index.js'], 'MainThread'), 'node index.js');
    assert.equal(programName('/usr/bin/python3.12', ['python3', '-m'], 'MainThread'), 'python3.12');
    assert.equal(programName('/usr/bin/bash', ['bash', '--login'], 'bash'), 'bash');
    assert.equal(programName('', [], 'kworker/0:1'), 'kworker/0:1', 'no exe and no cmdline (kernel thread): the process name');
  });
});
