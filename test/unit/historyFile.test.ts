import assert from 'node:assert/strict';
import { History } from '../../src/monitor/history';
import { csvField, historyToCsv, historyToJson } from '../../src/monitor/historyExport';

function sample(): History {
  const h = new History(3);
  h.push(1000, { cpu: 10, 'temp:chip/a,"b"\nc': 40 });
  h.push(1002, { cpu: 20 });
  h.push(1004, { cpu: 30, '=cmd()': 1 });
  h.push(1006, { cpu: 40, 'temp:chip/a,"b"\nc': 42 }); // the ring keeps the last 3
  return h;
}

describe('vitals.exportHistory: file formats', () => {
  it('JSON: every series oldest first, gaps as null, series as an array of { name, values }', () => {
    const j = JSON.parse(historyToJson(sample(), new Date(0)));
    assert.equal(j.format, 'vitals-history');
    assert.equal(j.exportedAt, '1970-01-01T00:00:00.000Z');
    assert.deepEqual(j.series, [
      { name: 'time', values: [1002, 1004, 1006] },
      { name: 'cpu', values: [20, 30, 40] },
      { name: 'temp:chip/a,"b"\nc', values: [null, null, 42] },
      { name: '=cmd()', values: [null, 1, null] },
    ]);
  });

  it('CSV: RFC 4180 quoting, formula-looking names defused, gaps empty, ISO and epoch time', () => {
    const lines = historyToCsv(sample()).split('\r\n');
    assert.equal(lines[0], 'time_iso,time,cpu,"temp:chip/a,""b""\nc",\'=cmd()');
    assert.equal(lines[1], '1970-01-01T00:16:42.000Z,1002,20,,');
    assert.equal(lines[3], '1970-01-01T00:16:46.000Z,1006,40,42,');
    assert.equal(lines.length, 5); // header, 3 rows, '' after the last CRLF
    assert.equal(csvField('-1+1'), "'-1+1");
    assert.equal(csvField('@x'), "'@x");
    assert.equal(csvField('plain'), 'plain');
  });
});
