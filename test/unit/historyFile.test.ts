import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { decodeHistory, encodeHistory, HistoryFileError, MAX_FILE_BYTES, mergeRestored } from '../../src/monitor/historyCodec';
import { loadHistory, saveHistory } from '../../src/monitor/historyStore';
import { validateFromWebview } from '../../src/ui/dashboardModel';
import { History } from '../../src/monitor/history';
import { csvField, historyToCsv, historyToJson } from '../../src/monitor/historyExport';
import { historyWriteError, historyWrittenNotice } from '../../src/ui/exportHistoryText';

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

  it('the notices name the file with no link a workspace folder\'s name could plant', () => {
    // the save dialog starts in the first workspace folder, named by whoever made the repository
    const file = '/home/u/[Undo](command:workbench.action.terminal.sendSequence?%7B%7D)\u202e/vitals-history.csv';
    const ok = historyWrittenNotice(3, file);
    assert.doesNotMatch(ok, /\]\(|\u202e/, ok);
    assert.equal(ok, 'Vitals: 3 samples written to /home/u/[Undo] (command:workbench.action.terminal.sendSequence?%7B%7D)\\u202e/vitals-history.csv.');
    assert.doesNotMatch(historyWriteError(`EACCES: permission denied, open '${file}'`), /\]\(|\u202e/);
  });
});

describe('history across a reload: the binary codec', () => {
  it('round trip: times exact, values as float32, gaps stay gaps, names byte for byte', () => {
    const h = sample();
    const d = decodeHistory(encodeHistory(h));
    assert.deepEqual([...d.time], [1002, 1004, 1006]);
    assert.deepEqual(d.series.map(([n]) => n), ['cpu', 'temp:chip/a,"b"\nc', '=cmd()']);
    assert.deepEqual([...d.series[0][1]], [20, 30, 40]);
    assert.ok(Number.isNaN(d.series[1][1][0]) && d.series[1][1][2] === 42);
    const big = new History(2);
    big.push(1.5e9 + 0.25, { memUsed: 123456789012 });
    const v = decodeHistory(encodeHistory(big)).series[0][1][0];
    assert.equal(decodeHistory(encodeHistory(big)).time[0], 1.5e9 + 0.25);
    assert.ok(Math.abs(v - 123456789012) / 123456789012 < 1e-7);
    const empty = decodeHistory(encodeHistory(new History(5)));
    assert.equal(empty.time.length, 0);
  });

  it('refuses a truncated, corrupt, foreign, other-version or oversized file with a reason', () => {
    const good = encodeHistory(sample());
    const refuse = (b: Uint8Array, re: RegExp, max?: number): void => { assert.throws(() => decodeHistory(b, max), (e: Error) => e instanceof HistoryFileError && re.test(e.message)); };
    refuse(good.subarray(0, 10), /truncated header/);
    refuse(good.subarray(0, good.length - 3), /checksum|truncated/);
    const flipped = Buffer.from(good); flipped[40] ^= 0x10;
    refuse(flipped, /checksum/);
    refuse(Buffer.from('PK\x03\x04' + 'x'.repeat(40), 'latin1'), /not a Vitals history file/);
    refuse(Buffer.from('{"format":"vitals-history"}'), /not a Vitals history file/);
    const v2 = Buffer.from(good); v2.writeUInt16LE(2, 4);
    refuse(v2, /version 2/);
    refuse(good, /more than/, good.length - 1);
    refuse(Buffer.concat([good, Buffer.from([0])]), /checksum|after the last series/);
    // a forged header that claims more points than the file holds
    const forged = Buffer.from(good); forged.writeUInt32LE(1e6, 8);
    refuse(forged, /checksum|truncated/);
  });

  it('bounded: the oldest points are dropped to fit the size limit', () => {
    const h = new History(1000);
    for (let i = 0; i < 1000; i++) h.push(i, { a: i, b: i });
    const b = encodeHistory(h, 2000);
    assert.ok(b.length <= 2000);
    const d = decodeHistory(b);
    assert.ok(d.time.length > 10 && d.time.length < 1000);
    assert.equal(d.time[d.time.length - 1], 999, 'the newest point is kept');
    assert.equal(MAX_FILE_BYTES, 4 * 1024 * 1024);
  });

  it('restores the points before activation ahead of the live ones, and drops those older than the window', () => {
    const saved = decodeHistory(encodeHistory(sample())); // 1002, 1004, 1006
    const live = new History(4);
    live.push(1010, { cpu: 99 });
    const { history, restored } = mergeRestored(live, saved, 1003);
    assert.equal(restored, 2);
    assert.deepEqual([...history.time.toArray()], [1004, 1006, 1010]);
    assert.deepEqual([...history.get('cpu')!.toArray()], [30, 40, 99]);
    assert.equal(history.capacity, 4);
    // a saved point not older than the live ones is not restored (a clock that went back)
    const later = new History(4); later.push(1005, { cpu: 1 });
    assert.deepEqual([...mergeRestored(later, saved, 0).history.time.toArray()], [1002, 1004, 1005]);
    // only what fits ahead of the live points is restored, the newest of it; a full ring restores none
    const two = new History(4); two.push(1010, { cpu: 1 }); two.push(1011, { cpu: 2 });
    const fit = mergeRestored(two, saved, 0);
    assert.deepEqual([fit.restored, ...fit.history.time.toArray()], [2, 1004, 1006, 1010, 1011]);
    const full = new History(2); full.push(1010, { cpu: 1 }); full.push(1011, { cpu: 2 });
    const none = mergeRestored(full, saved, 0);
    assert.deepEqual([none.restored, ...none.history.time.toArray()], [0, 1010, 1011]);
  });

  it('the file: saved atomically, read back; missing is nothing, garbage and oversized are an error', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vitals-history-'));
    try {
      const file = path.join(dir, 'sub', 'history.bin');
      assert.deepEqual(await loadHistory(file), {});
      await saveHistory(file, sample());
      assert.deepEqual(fs.readdirSync(path.dirname(file)), ['history.bin'], 'no temp file left');
      assert.deepEqual([...(await loadHistory(file)).decoded!.time], [1002, 1004, 1006]);
      fs.writeFileSync(file, 'garbage that is long enough to have a header');
      assert.match((await loadHistory(file)).error!, /not a Vitals history file/);
      fs.truncateSync(file, MAX_FILE_BYTES + 1);
      assert.match((await loadHistory(file)).error!, /more than/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the dashboard\'s Export history button', () => {
  it('is a message the host accepts (and nothing else comes with it)', () => {
    assert.deepEqual(validateFromWebview({ type: 'exportHistory', path: '/etc/passwd' }), { ok: true, msg: { type: 'exportHistory' } });
  });
});
