// The history file's I/O (see historyCodec.ts for its format): an atomic write, a bounded read.
import fs from 'node:fs';
import path from 'node:path';
import type { History } from './history';
import { decodeHistory, encodeHistory, MAX_FILE_BYTES, type DecodedHistory } from './historyCodec';

/** Writes next to the file, then renames: a reload in the middle leaves the old file, never half a new one. */
export async function saveHistory(file: string, h: History): Promise<number> {
  const bytes = encodeHistory(h);
  await fs.promises.mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  await fs.promises.writeFile(tmp, bytes);
  await fs.promises.rename(tmp, file);
  return bytes.length;
}

/** The saved history; nothing when there is no file; `error` for a file that is not one we can read. */
export async function loadHistory(file: string): Promise<{ decoded?: DecodedHistory; error?: string }> {
  let handle: fs.promises.FileHandle;
  try {
    handle = await fs.promises.open(file, 'r');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return {};
    return { error: e instanceof Error ? e.message : String(e) };
  }
  try {
    const { size } = await handle.stat();
    if (size > MAX_FILE_BYTES) return { error: `${size} bytes, more than the ${MAX_FILE_BYTES} a history file may have` };
    const buf = Buffer.alloc(size);
    const { bytesRead } = await handle.read(buf, 0, size, 0);
    return { decoded: decodeHistory(buf.subarray(0, bytesRead)) };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  } finally {
    await handle.close();
  }
}
