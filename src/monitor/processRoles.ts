// What a user calls each of the editor's processes. Pure: command lines and extension folders
// in, labels out. Never the OS thread name: VS Code's Node processes all call their main
// thread "MainThread", which tells nobody anything.

export interface ExtensionFolder { id: string; displayName?: string; extensionPath: string }

import { cap, LABEL_MAX } from '../text/sinks';

/**
 * VS Code's `--type=` values as its Process Explorer names them. A Map: the value comes from any
 * process's command line, and `--type=constructor` must not find Object.prototype.constructor.
 */
const VSCODE_TYPES: ReadonlyMap<string, string> = new Map([
  ['extensionHost', 'extension host'],
  ['fileWatcher', 'file watcher'],
  ['ptyHost', 'pty host'],
  ['sharedProcess', 'shared process'],
  ['shared-process', 'shared process'],
  ['renderer', 'window'],
  ['gpu-process', 'gpu process'],
  ['zygote', 'zygote'],
  ['crashpad-handler', 'crash reporter'],
  ['agentHost', 'agent host'],
]);

/** A VS Code process's role from its command line, or undefined for anything else. */
export function vscodeRole(cmdline: readonly string[]): string | undefined {
  let type: string | undefined;
  let utilitySubType = '';
  for (const arg of cmdline) {
    if (arg.startsWith('--type=')) type = arg.slice(7);
    else if (arg.startsWith('--utility-sub-type=')) utilitySubType = arg.slice(19);
  }
  if (type === 'utility') {
    if (/network/i.test(utilitySubType)) return 'utility network service';
    if (/shared_?process/i.test(utilitySubType)) return 'shared process';
    if (/file_?watcher/i.test(utilitySubType)) return 'file watcher';
    if (/pty_?host/i.test(utilitySubType)) return 'pty host';
    return 'utility process';
  }
  if (type !== undefined) return VSCODE_TYPES.get(type) ?? cap(type, LABEL_MAX);
  const script = cmdline.slice(1).find((a) => !a.startsWith('-'));
  if (script && /[\\/]out[\\/]server-main\.js$/.test(script)) return 'VS Code server';
  // code-server's launcher runs out/node/entry.js; the server child it forks names it without ".js"
  if (script && /[\\/]code-server[\\/]out[\\/]node[\\/]entry(\.js)?$/.test(script)) return 'code-server';
  return undefined;
}

/** The extension whose folder holds the executable or a path in the command line (the deepest folder wins). */
export function owningExtension(exe: string, cmdline: readonly string[], extensions: readonly ExtensionFolder[]): ExtensionFolder | undefined {
  let best: ExtensionFolder | undefined;
  const consider = (p: string): void => {
    if (!p) return;
    for (const ext of extensions) {
      const root = ext.extensionPath.replace(/[\\/]+$/, '');
      if ((p === root || p.startsWith(root + '/') || p.startsWith(root + '\\'))
        && (!best || root.length > best.extensionPath.replace(/[\\/]+$/, '').length)) best = ext;
    }
  };
  consider(exe);
  for (const arg of cmdline) {
    // "--foo=/path/..." names a path too
    const eq = arg.startsWith('-') ? arg.indexOf('=') : -1;
    consider(eq >= 0 ? arg.slice(eq + 1) : arg);
  }
  return best;
}

function baseName(p: string): string {
  return p.split(/[\\/]/).pop() ?? p;
}

/** "node server.js" for an interpreter running a script, else the executable's file name. */
export function programName(exe: string, cmdline: readonly string[], fallback: string): string {
  const program = baseName(exe || cmdline[0] || '') || fallback;
  // VS Code runs its own Node scripts with its Electron binary (ELECTRON_RUN_AS_NODE): name the script too.
  if (/^(node|python[\d.]*|ruby|java|bun|deno|perl|php|code|code-insiders|code-oss|codium|electron)(\.exe)?$/i.test(program)) {
    const script = cmdline.slice(1).find((a) => !a.startsWith('-'));
    if (script) return `${program} ${baseName(script)}`;
  }
  return program;
}

export interface RoleInput { pid: number; name: string; exe: string; cmdline: readonly string[] }

/** The label a user recognises: VS Code's role, else the owning extension, else the program. */
export function processLabel(p: RoleInput, extensions: readonly ExtensionFolder[]): string {
  return cap(labelFor(p, extensions), LABEL_MAX);
}

function labelFor(p: RoleInput, extensions: readonly ExtensionFolder[]): string {
  const role = vscodeRole(p.cmdline);
  if (role) return role;
  const ext = owningExtension(p.exe, p.cmdline, extensions);
  if (ext) {
    // packageJSON.displayName of a built-in extension may be its unlocalised "%displayName%" key
    const name = ext.displayName && !/^%.*%$/.test(ext.displayName) && ext.displayName !== ext.id ? ext.displayName : undefined;
    return name ? `${name} (${ext.id})` : ext.id;
  }
  return programName(p.exe, p.cmdline, p.name);
}

