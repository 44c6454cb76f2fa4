// Text that other processes choose (names, command lines, paths, environment, user and host names)
// is hostile: one function per kind of sink makes it inert there. Pure, no vscode import: the
// probe-side renderers (procinfo, CLI) and the UI share it.
//
// - plainText: every sink. Controls, line and paragraph separators, bidi overrides/isolates and
//   zero-width characters become visible escapes (\x1b, \u202e), lone surrogates too; then a cap.
// - markdownText: MarkdownString sinks (tooltips, hovers). plainText, then a backslash before
//   every ASCII punctuation character: CommonMark treats each escaped one as itself, so no link,
//   emphasis, code, heading, table cell, HTML, entity (&#8238;) or autolink (https\:\/\/) survives.
// - messageText: notifications and the modal's message and detail. VS Code is no markdown there,
//   a backslash shows as itself, but it turns `[text](command:… | https:// | file:)` into a link:
//   a space goes between `]` and `(`, so that pattern cannot form. unlink does the same over the
//   whole composed message at the sink, so two fragments cannot build one either.
// - quickPickText: QuickPick labels, descriptions and details, where `$(name)` renders as an icon:
//   plainText, then `\$(name)`, VS Code's own icon escape (it shows the text "$(name)"). Tree item
//   labels and descriptions render no icons: plainText is theirs.

/** Labels and names (process names, labels, user names, session names). */
export const LABEL_MAX = 256;
/** A command line in one table row, QuickPick item or tree item. */
export const CMDLINE_MAX = 4096;
/** One process-derived fragment of a notification or modal. */
export const MESSAGE_MAX = 1024;

const ELLIPSIS = '…';

// C0, DEL, C1 (U+0085 included), ALM, LRM/RLM, ZWSP/ZWNJ/ZWJ, LS/PS, bidi embeddings and
// overrides, word joiner and invisible operators, bidi isolates, BOM / ZWNBSP, and lone surrogates.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function escapeOne(c: string): string {
  const n = c.charCodeAt(0);
  return n <= 0xff ? `\\x${n.toString(16).padStart(2, '0')}` : `\\u${n.toString(16).padStart(4, '0')}`;
}

/** Cuts to at most `max` UTF-16 units (an ellipsis included), never inside a surrogate pair or an escape. */
export function cap(s: string, max: number): string {
  if (s.length <= max) return s;
  let end = Math.max(0, max - ELLIPSIS.length);
  const c = s.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  // an escape cut in half (\u20) would read as something else: drop the partial escape
  const tail = s.slice(Math.max(0, end - 6), end);
  const partial = /\\(?:x[0-9a-f]?|u[0-9a-f]{0,3})?$/.exec(tail);
  if (partial) end -= partial[0].length;
  return s.slice(0, end) + ELLIPSIS;
}

/**
 * Invisible and layout-changing characters as visible escapes, without a cap (the procinfo
 * document and the CLI show everything; they cap lists, not text).
 */
export function escapeInvisible(s: string): string {
  // a 1 MiB string is cut before escaping costs anything: callers with a cap go through plainText
  return s.replace(UNSAFE, escapeOne);
}

/** Plain-text sinks: invisible characters escaped, then capped (cut first: a 1 MiB input costs little). */
export function plainText(s: unknown, max = LABEL_MAX): string {
  const str = typeof s === 'string' ? s : typeof s === 'number' || typeof s === 'boolean' || typeof s === 'bigint' ? String(s) : '';
  // each escape is at most 6 characters for one unit: cutting the input at 6 * max loses nothing shown
  return cap(escapeInvisible(str.length > max * 6 ? str.slice(0, max * 6) : str), max);
}

/** MarkdownString sinks: plainText, then every ASCII punctuation character backslash-escaped. */
export function markdownText(s: unknown, max = LABEL_MAX): string {
  return plainText(s, max).replace(/[!-/:-@[-`{-~]/g, (c) => `\\${c}`);
}

/**
 * A whole composed notification or modal text: VS Code's link pattern needs `](` with nothing
 * between, so every `](` gets a space and no fragment, nor two fragments side by side, can link.
 */
export function unlink(s: string): string {
  return s.replace(/\]\(/g, '] (');
}

/** A process-derived fragment of a notification or modal (message or detail). */
export function messageText(s: unknown, max = MESSAGE_MAX): string {
  return unlink(plainText(s, max));
}

// VS Code's icon syntax (vs/base/common/iconLabels): an icon name, an optional ~modifier
const ICON = /\$\([a-z0-9-]+?(?:~[a-z0-9-]*?)?\)/gi;

/** QuickPick labels, descriptions and details: plainText, and no `$(icon)`. */
export function quickPickText(s: unknown, max = LABEL_MAX): string {
  // `\$(name)` shows the text "$(name)"; a backslash already before it stays text before it
  return plainText(s, max).replace(ICON, (m) => `\\${m}`);
}
