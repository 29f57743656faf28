/**
 * Calls `fn` for every match of a global regular expression, without the copy of the expression
 * that String.prototype.matchAll makes per call: the classifier runs some 150 expressions over
 * every post, and those copies were most of the lexicon stage's time.
 */
export function forEachMatch(re: RegExp, text: string, fn: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    fn(m);
    if (m[0].length === 0) re.lastIndex++;
  }
  re.lastIndex = 0;
}
