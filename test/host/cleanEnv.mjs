// The environment for installs the scripts start themselves (Node 24, code-server, apt-get).
// `npm start` / `npm test` run under npm, which exports npm_config_* (user agent, node version,
// node-gyp, prefix…) and puts node_modules/.bin and its node-gyp shim first on PATH. A nested
// `npm install` inherits all of it: code-server's postinstall reads the Node version from
// npm_config_user_agent and refuses to build. Scripts must behave the same from npm and from
// plain `node`, so nested installs start from the user's own environment, minus npm's additions.
import path from 'node:path';

const NPM_ADDED = /^(npm_|INIT_CWD$|NODE$|NODE_GYP_|COLOR$)/i;
// Where the user's npm reaches the registry and keeps its cache: kept, so a proxy or a private
// registry set in the environment still applies to the nested install.
const USER_NETWORK = /^npm_config_(registry|proxy|https_proxy|http_proxy|noproxy|no_proxy|cafile|ca|cert|key|strict_ssl|cache|userconfig|globalconfig|fetch_[a-z_]+|offline|prefer_offline)$/i;

/** `base` (process.env) without what npm adds to a script's environment, plus `extra`. */
export function cleanEnv(extra = {}, base = process.env) {
  const env = {};
  for (const [k, v] of Object.entries(base)) {
    if (v !== undefined && (!NPM_ADDED.test(k) || USER_NETWORK.test(k))) env[k] = v;
  }
  env.PATH = (base.PATH ?? '').split(path.delimiter)
    .filter((p) => p && !/[\\/]node_modules[\\/]\.bin$/.test(p) && !/[\\/]node-gyp-bin$/.test(p))
    .join(path.delimiter);
  return { ...env, ...extra };
}
