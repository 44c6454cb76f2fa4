// placeholder, filled below
import type { Backend } from '../platform';
import { unsupported } from '../platform';
export const win32Backend: Backend = {
  platform: 'win32', system: {}, truncatedNameLength: Infinity, unsupportedAttrs: [],
  newProcess: () => unsupported('Process', 'win32'), pids: () => unsupported('pids', 'win32'),
  pidExists: () => unsupported('pidExists', 'win32'), ppidMap: () => unsupported('ppidMap', 'win32'),
  scan: () => unsupported('processIter', 'win32'),
};
