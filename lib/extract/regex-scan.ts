/**
 * Every match of the global regex `re` in `text`, in order: what
 * `text.matchAll(re)` yields. `matchAll` clones its regex on every call,
 * and V8 compiles a clone made after a garbage collection afresh (its
 * regex cache does not survive one), so long articles kept recompiling the
 * same patterns. The module's own regex keeps its compiled matcher.
 * `re` must be global and not in use; its `lastIndex` is 0 again afterwards.
 */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    // As `matchAll` does, step past an empty match (a whole code point with the `u` flag).
    if (m[0] === "") re.lastIndex = advance(text, re.lastIndex, re.unicode);
  }
  return out;
}

function advance(text: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= text.length) return i + 1;
  const c = text.charCodeAt(i);
  const d = text.charCodeAt(i + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1;
}
