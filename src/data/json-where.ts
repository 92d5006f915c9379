// Where JSON text first goes wrong. V8 names a position for some syntax errors but not for others: a literal NaN
// or Infinity ("Unexpected token 'N'") comes without one. This scanner walks the JSON grammar once (iteratively,
// so deep nesting cannot overflow) and returns the offset of the first character that cannot be JSON.

const WS = new Set([' ', '\t', '\n', '\r']);

export function jsonErrorOffset(text: string): number | null {
  let i = 0;
  const skip = () => {
    while (i < text.length && WS.has(text[i]!)) i++;
  };
  const literal = (word: string) => (text.startsWith(word, i) ? ((i += word.length), true) : false);
  const string = (): boolean => {
    i++;
    while (i < text.length) {
      const c = text[i]!;
      if (c === '"') return (i++, true);
      if (c === '\\') {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return false;
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else return false;
      } else if (c < ' ') return false;
      else i++;
    }
    return false;
  };
  const number = (): boolean => {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) return false;
    i += m[0].length;
    return true;
  };
  const value = (): boolean => {
    const c = text[i];
    if (c === '"') return string();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number();
    return literal('true') || literal('false') || literal('null');
  };
  // Each open container: what it is, and whether a value or a key is expected next.
  const stack: ('[' | '{')[] = [];
  for (;;) {
    skip();
    if (text[i] === '[' || text[i] === '{') {
      const open = text[i] as '[' | '{';
      i++;
      skip();
      const close = open === '[' ? ']' : '}';
      if (text[i] === close) i++;
      else {
        stack.push(open);
        if (open === '{') {
          if (text[i] !== '"' || !string()) return i;
          skip();
          if (text[i] !== ':') return i;
          i++;
        }
        continue;
      }
    } else if (!value()) return i;
    // After a value: a comma and the next item, a closing bracket, or the end.
    for (;;) {
      skip();
      const inside = stack[stack.length - 1];
      if (inside === undefined) return i < text.length ? i : null;
      if (text[i] === ',') {
        i++;
        skip();
        if (inside === '{') {
          if (text[i] !== '"' || !string()) return i;
          skip();
          if (text[i] !== ':') return i;
          i++;
        }
        break;
      }
      if (text[i] === (inside === '[' ? ']' : '}')) {
        stack.pop();
        i++;
        continue;
      }
      return i;
    }
  }
}

/** 1-based line and column of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}
