// End to end: the README's `npm start`, run as a user runs it, serves a VS Code page at the URL it
// prints last, and Ctrl-C (SIGINT) stops it and removes its throwaway profile.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const TIMEOUT_MS = 10 * 60 * 1000; // a cold cache installs code-server first

async function main() {
  const child = spawn('npm', ['start'], { cwd: root, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d) => { out += d; });
  child.stderr.on('data', (d) => { out += d; });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    const url = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no URL within the time limit')), TIMEOUT_MS);
      child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`npm start exited (${code}) before printing a URL`)); });
      child.stdout.on('data', () => {
        const m = /Open:\s+(http:\/\/127\.0\.0\.1:\d+\/\?folder=\S+)\s*$/.exec(out);
        if (m) { clearTimeout(timer); resolve(m[1]); }
      });
    });
    const lastLine = out.trim().split('\n').at(-1).trim();
    assert.equal(lastLine, url, 'the URL is the last line printed');
    const res = await fetch(url);
    assert.equal(res.status, 200);
    const html = await res.text();
    assert.match(html, /workbench/i, 'the URL serves the VS Code workbench');
    const profile = /throws the profile in (\S+) away/.exec(out)?.[1];
    assert.ok(profile && fs.existsSync(profile), 'the throwaway profile exists while it runs');
    process.kill(-child.pid, 'SIGINT');
    await exited;
    assert.ok(!fs.existsSync(profile), 'Ctrl-C removed the throwaway profile');
    console.log(`  ✔ npm start served ${new URL(url).origin} (the URL printed last) and Ctrl-C cleaned up`);
    return 0;
  } catch (e) {
    console.error(`  ✖ npm start e2e: ${e.stack ?? e}\n--- npm start printed:\n${out}`);
    return 1;
  } finally {
    try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
  }
}

main().then((code) => process.exit(code));
