import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..', '..');

/** cleanEnv() as test/host/cleanEnv.mjs computes it in a fresh node started with `env`. */
function cleanEnvIn(env: Record<string, string>): Record<string, string> {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e',
    `import { cleanEnv } from ${JSON.stringify(path.join(ROOT, 'test', 'host', 'cleanEnv.mjs'))}; console.log(JSON.stringify(cleanEnv()))`],
  { env, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as Record<string, string>;
}

describe('environment of the host installer\'s nested installs (issue #8)', () => {
  // What `npm start` / `npm test` hand a script: code-server's postinstall read the Node version
  // from npm_config_user_agent and refused to build under Node 24.
  const underNpm = {
    PATH: ['/work/x/node_modules/.bin', '/usr/lib/node_modules/npm/node_modules/@npmcli/run-script/lib/node-gyp-bin', '/usr/local/bin', '/usr/bin'].join(path.delimiter),
    HOME: '/home/someone',
    npm_config_user_agent: 'npm/11.19.1 node/v20.20.2 linux x64 workspaces/false',
    npm_config_node_gyp: '/usr/lib/node_modules/npm/node_modules/node-gyp/bin/node-gyp.js',
    npm_config_prefix: '/usr/local',
    npm_node_execpath: '/usr/bin/node',
    npm_lifecycle_event: 'start',
    npm_package_name: 'vitals',
    NPM_CONFIG_GLOBALCONFIG: '/etc/npmrc',
    npm_config_registry: 'https://registry.example.test/',
    npm_config_https_proxy: 'http://proxy.example.test:3128',
    INIT_CWD: '/work/x',
    NODE: '/usr/bin/node',
  };

  it('drops what npm adds and keeps the user\'s own settings', () => {
    const env = cleanEnvIn(underNpm);
    for (const k of ['npm_config_user_agent', 'npm_config_node_gyp', 'npm_config_prefix', 'npm_node_execpath', 'npm_lifecycle_event', 'npm_package_name', 'INIT_CWD', 'NODE']) {
      assert.equal(env[k], undefined, `${k} must not reach a nested install`);
    }
    assert.equal(env.PATH, ['/usr/local/bin', '/usr/bin'].join(path.delimiter), 'no node_modules/.bin or node-gyp shim on PATH');
    assert.equal(env.HOME, '/home/someone');
    assert.equal(env.npm_config_registry, 'https://registry.example.test/', 'a registry set by the user still applies');
    assert.equal(env.npm_config_https_proxy, 'http://proxy.example.test:3128', 'a proxy set by the user still applies');
    assert.equal(env.NPM_CONFIG_GLOBALCONFIG, '/etc/npmrc');
  });

  it('is the identity for an environment npm never touched (plain `node`)', () => {
    const plain = { PATH: ['/usr/local/bin', '/usr/bin'].join(path.delimiter), HOME: '/home/someone', LANG: 'C.UTF-8' };
    assert.deepEqual(cleanEnvIn(plain), plain);
  });
});
