// Where a JSON text breaks, said without quoting it. V8's own messages quote the text (`Unexpected
// token 'h', "hello secret" is not valid JSON`), and a `--data @file` may hold personal data or keys; so
// when JSON.parse fails, this scanner of the JSON grammar (RFC 8259) finds the first place it breaks.
// It runs only on text JSON.parse has already refused, and iterates (no recursion: any depth).

/** Where and why a JSON text is invalid. */
export interface JsonErrorPlace {
  /** 1-based. */
  line: number;
  /** 1-based, in characters. */
  column: number;
  /** What is wrong there, in words that quote nothing of the text. */
  problem: string;
}

const SCALAR = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

function place(text: string, offset: number, problem: string): JsonErrorPlace {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: [...before.slice(lineStart)].length + 1, problem };
}

/**
 * The first place a JSON text is invalid, or null when it is valid JSON.
 *
 * @example
 * findJsonError('{"a": 1,}'); // { line: 1, column: 9, problem: 'expected a property name in double quotes' }
 */
export function findJsonError(text: string): JsonErrorPlace | null {
  const closers: ('}' | ']')[] = [];
  let at = 0;
  let expect: 'value' | 'value or ]' | 'name' | 'name or }' | 'after value' = 'value';
  const skipSpace = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at]!)) at++;
  };
  /** Reads a string at `at` (a `"`); returns the problem (`at` where it is), or null. */
  const readString = (): string | null => {
    const start = at;
    at++;
    while (at < text.length) {
      const char = text[at]!;
      if (char === '"') {
        at++;
        return null;
      }
      if (char === '\\') {
        ESCAPE.lastIndex = at;
        if (!ESCAPE.test(text)) return 'an invalid escape in a string (use \\", \\\\, \\n, \\uXXXX…)';
        at = ESCAPE.lastIndex;
      } else if (char.charCodeAt(0) < 0x20) {
        return 'a control character (a line break or tab) inside a string: write it as \\n or \\t';
      } else at++;
    }
    at = start;
    return 'a string that never ends: its closing " is missing';
  };
  for (;;) {
    skipSpace();
    const char = text[at];
    if (expect === 'value' || expect === 'value or ]') {
      if (char === ']' && expect === 'value or ]') {
        closers.pop();
        at++;
        expect = 'after value';
      } else if (char === '{' || char === '[') {
        closers.push(char === '{' ? '}' : ']');
        at++;
        expect = char === '{' ? 'name or }' : 'value or ]';
      } else if (char === '"') {
        const problem = readString();
        if (problem) return place(text, at, problem);
        expect = 'after value';
      } else {
        SCALAR.lastIndex = at;
        if (char === undefined || !SCALAR.test(text))
          return place(
            text,
            at,
            char === undefined
              ? 'the text ends where a value should be'
              : 'expected a value (an object, array, "string", number, true, false or null)',
          );
        at = SCALAR.lastIndex;
        expect = 'after value';
      }
    } else if (expect === 'name' || expect === 'name or }') {
      if (char === '}' && expect === 'name or }') {
        closers.pop();
        at++;
        expect = 'after value';
        continue;
      }
      if (char !== '"') return place(text, at, 'expected a property name in double quotes');
      const problem = readString();
      if (problem) return place(text, at, problem);
      skipSpace();
      if (text[at] !== ':') return place(text, at, "expected ':' after the property name");
      at++;
      expect = 'value';
    } else {
      const closer = closers.at(-1);
      if (closer === undefined)
        return char === undefined ? null : place(text, at, 'more text after the end of the JSON value');
      if (char === closer) {
        closers.pop();
        at++;
      } else if (char === ',') {
        at++;
        expect = closer === '}' ? 'name' : 'value';
      } else {
        return place(
          text,
          at,
          char === undefined
            ? `the text ends early: a closing ${closer} is missing`
            : `expected ',' or '${closer}'`,
        );
      }
    }
  }
}
