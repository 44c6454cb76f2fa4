// Run by fileio.test.ts in a fresh process (VITALS_NO_FFI picks the backend): reads the files named
// in argv[2] ({ text, whole, pinned }) through fsio and prints what it got, with the backend used.
import { fileBackend, readPinnedText, readText, readWholeText } from '../../src/probe/linux/fsio';

const spec = JSON.parse(process.argv[2]) as { text: string[]; whole: string[]; pinned: string[] };
process.stdout.write(JSON.stringify({
  backend: fileBackend(),
  text: spec.text.map((p) => readText(p)),
  whole: spec.whole.map((p) => readWholeText(p)),
  // twice: the second read goes through the kept fd, from offset 0 again
  pinned: spec.pinned.map((p) => [readPinnedText(p), readPinnedText(p)]),
}));
