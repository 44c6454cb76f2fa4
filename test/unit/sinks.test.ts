// Every sink function against a table of hostile strings (issue #15): what VS Code would turn into a
// link, markup, an icon, a command or a fake line must come out inert, and nothing is lost silently.
import assert from 'node:assert/strict';
import { CMDLINE_MAX, LABEL_MAX, cap, escapeInvisible, markdownText, messageText, plainText, quickPickText, unlink } from '../../src/text/sinks';

const MiB = 1024 * 1024;

/** VS Code's notification / modal link pattern (vs/base/common/linkedText.ts). */
const VSCODE_LINK = /\[([^\]]+)\]\(((?:https?:\/\/|command:|file:)[^)\s]+)(?: (["'])(.+?)(\3))?\)/gi;
/** Characters no plain sink may pass raw: controls, separators, bidi, zero-width, lone surrogates. */
const RAW_UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const HOSTILE: [string, string][] = [
  ['markdown link', '[Undo](command:workbench.action.openSettings).py'],
  ['command: URI with args', '[x](command:workbench.action.terminal.sendSequence?%7B%22text%22%3A%22rm%20-rf%20~%5Cn%22%7D)'],
  ['https link with title', '[docs](https://evil.example "t")'],
  ['file link', '[f](file:///etc/passwd)'],
  ['nested brackets', '[[a]](command:x)'],
  ['image', '![i](https://evil.example/p.png)'],
  ['autolink', '<https://evil.example> www.evil.example https://evil.example'],
  ['HTML', '<img src=x onerror=alert(1)><a href="command:x">a</a>'],
  ['entity', '&#8238;&#x202E;&amp;'],
  ['emphasis, code, heading, table', '# *a* _b_ `c` | d | ~~e~~'],
  ['icon', '$(alert) $(sync~spin) \\$(zap)'],
  ['ANSI', '\x1b[31mred\x1b[0m\x1b]8;;https://evil.example\x07link\x1b]8;;\x07'],
  ['bidi override', 'invoice\u202eslx.py'],
  ['bidi isolates and marks', '\u2066a\u2067b\u2068c\u2069\u200e\u200f\u061c'],
  ['line separators', 'a\u2028b\u2029c\u0085d\r\ne\nf'],
  ['zero-width', 'p\u200bay\u200cp\u200dal\u2060\ufeff'],
  ['lone surrogates (invalid UTF-16)', 'a\ud800b\udc00c'],
  ['replacement characters (invalid UTF-8, as the probe decodes it)', Buffer.from([0x61, 0xff, 0xfe, 0x62, 0xc3]).toString('utf8')],
  ['__proto__', '__proto__'],
  ['constructor', 'constructor'],
  ['NUL', 'a\u0000b'],
];

describe('sinks: process text is inert in every surface', () => {
  for (const [what, s] of HOSTILE) {
    it(`${what}: ${JSON.stringify(s).slice(0, 60)}`, () => {
      for (const [sink, out] of [['plainText', plainText(s)], ['markdownText', markdownText(s)], ['messageText', messageText(s)], ['quickPickText', quickPickText(s)]] as const) {
        assert.doesNotMatch(out, RAW_UNSAFE, `${sink} passed a raw invisible or control character`);
        assert.equal(typeof out, 'string');
      }
      VSCODE_LINK.lastIndex = 0;
      assert.doesNotMatch(messageText(s), VSCODE_LINK, 'a notification would link it');
      // and once composed with Vitals' own text, as notify() and confirm() do
      assert.doesNotMatch(unlink(`Vitals killed "${messageText(s)}" (pid 1).`), VSCODE_LINK);
      const md = markdownText(s);
      // every ASCII punctuation character is escaped: no markdown construct can start
      assert.doesNotMatch(md.replace(/\\[!-/:-@[-`{-~]/g, ''), /[!-/:-@[-`{-~]/, 'markdown punctuation left unescaped');
      // nothing is dropped silently: the visible characters are all still there, in order
      assert.equal(plainText(s).replace(/\\x([0-9a-f]{2})|\\u([0-9a-f]{4})/g, (_m, x: string | undefined, u: string | undefined) => String.fromCharCode(parseInt(x ?? u!, 16))), s);
    });
  }

  it('the issue\'s notice: "python3.11 [Undo](command:…).py" cannot become a link', () => {
    const msg = unlink(`Vitals killed "${messageText('python3.11 [Undo](command:workbench.action.openSettings).py')}" (pid 42).`);
    assert.equal(msg, 'Vitals killed "python3.11 [Undo] (command:workbench.action.openSettings).py" (pid 42).');
    // two fragments that only form a link side by side are broken at the sink too
    assert.doesNotMatch(unlink(`${messageText('[Undo]')}${messageText('(command:x)')}`), VSCODE_LINK);
  });

  it('shows invisible characters as the escapes the dashboard uses', () => {
    assert.equal(plainText('invoice\u202eslx.py'), 'invoice\\u202eslx.py');
    assert.equal(plainText('a\x1bb\u0085c\u2028d'), 'a\\x1bb\\x85c\\u2028d');
    assert.equal(escapeInvisible('ok \u00e9 😀'), 'ok \u00e9 😀'); // ordinary non-ASCII and pairs are text
  });

  it('markdown: escaped punctuation renders as itself', () => {
    assert.equal(markdownText('[a](command:x)'), '\\[a\\]\\(command\\:x\\)');
    assert.equal(markdownText('&#8238;'), '\\&\\#8238\\;');
    assert.equal(markdownText('\u202e'), '\\\\u202e'); // the escape's backslash is itself escaped
  });

  it('QuickPick: icons show as text, a backslash before one stays', () => {
    assert.equal(quickPickText('$(alert)'), '\\$(alert)');
    assert.equal(quickPickText('\\$(alert)'), '\\\\$(alert)');
    assert.equal(quickPickText('cost $(5'), 'cost $(5'); // not an icon: left alone
  });

  it('caps each sink: a 1 MiB string costs little and comes out bounded', () => {
    const huge = 'A'.repeat(MiB);
    const hostileHuge = '\u202e[x](command:y)'.repeat(MiB / 16);
    for (const s of [huge, hostileHuge]) {
      assert.equal(plainText(s).length, LABEL_MAX);
      assert.ok(plainText(s).endsWith('…'));
      assert.ok(plainText(s, CMDLINE_MAX).length <= CMDLINE_MAX);
      assert.ok(messageText(s).length <= 1024 + 1024 / 4); // unlink adds at most a space per "]("
      assert.ok(quickPickText(s, CMDLINE_MAX).length <= CMDLINE_MAX * 2);
      assert.ok(markdownText(s).length <= LABEL_MAX * 2);
    }
  });

  it('cap never splits a surrogate pair or an escape', () => {
    assert.equal(cap('ab😀cd', 4), 'ab…');
    assert.equal(cap(escapeInvisible('abc\u202edef'), 6), 'abc…');
    assert.equal(cap('short', 10), 'short');
  });

  it('non-strings (a malformed row) become text instead of throwing', () => {
    assert.equal(plainText(undefined), '');
    assert.equal(plainText(null), '');
    assert.equal(plainText(42), '42');
    assert.equal(plainText(Object.create(null) as unknown), ''); // no toString: nothing to show
  });
});
