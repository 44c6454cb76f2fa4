import assert from 'node:assert/strict';
import type { ProcessSample } from '../../src/protocol';
import { flatten, groupProcesses, totals, vitalsLine } from '../../src/ui/processModel';
import { quickPickText } from '../../src/text/sinks';

const p = (pid: number, ppid: number, kind: ProcessSample['kind'], label: string, depth: number, origin?: string): ProcessSample =>
  ({ pid, ppid, name: 'MainThread', createTime: pid, cpuPercent: 1.25, rss: 2 * 1024 * 1024, root: 0, kind, label, depth, origin });

describe('process model: the inspector\'s and the Processes view\'s grouping', () => {
  it('groups by kind in a fixed order and nests children under parents of the same origin', () => {
    const groups = groupProcesses([
      p(100, 1, 'editor', 'VS Code server', 0), p(110, 100, 'editor', 'extension host', 1),
      p(120, 110, 'extension', 'Acme (acme.lang)', 0), p(121, 120, 'extension', 'clangd', 1),
      p(140, 111, 'task', 'watch', 0, 'task:1'), p(141, 140, 'task', 'node watch.js', 1, 'task:1'),
      p(130, 111, 'terminal', 'bash', 0, 'terminal:1'),
      p(142, 141, 'debug', 'run', 0, 'debug:1'), // a debuggee inside a task's tree is its own group's top
      p(150, 1, 'orphan', 'sleep', 0, 'task:0'),
    ]);
    assert.deepEqual(groups.map((g) => [g.title, g.count]), [['VS Code', 2], ['Extensions', 2], ['Terminals', 1], ['Tasks', 2], ['Debug sessions', 1], ['Orphaned', 1]]);
    assert.deepEqual(flatten(groups[0]).map((r) => [r.sample.label, r.depth]), [['VS Code server', 0], ['extension host', 1]]);
    assert.deepEqual(flatten(groups[3]).map((r) => [r.sample.label, r.depth]), [['watch', 0], ['node watch.js', 1]]);
  });

  it('renders numbers and neutralises codicons and control characters in OS text', () => {
    assert.equal(vitalsLine({ pid: 7, cpuPercent: 12.34, rss: 3 * 1024 * 1024 }), 'pid 7 · 12.3 % · 3.0 MiB');
    assert.equal(quickPickText('evil $(alert)\x1b[31m'), 'evil \\$(alert)\\x1b[31m');
    assert.deepEqual(totals([p(1, 0, 'debug', 'a', 0), p(2, 1, 'debug', 'b', 1)]), { cpu: 2.5, rss: 4 * 1024 * 1024 });
  });
});
