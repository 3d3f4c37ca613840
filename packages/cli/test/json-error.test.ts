// findJsonError(): where JSON.parse would fail, in line and column, in words that quote nothing.
import { describe, expect, it } from 'vitest';
import { findJsonError } from '../src/json-error.js';

describe('findJsonError', () => {
  it.each([
    ['a bare word', 'hello secret', 1, 1, 'expected a value'],
    ['a trailing comma in an object', '{"a": 1,}', 1, 9, 'expected a property name in double quotes'],
    ['a trailing comma in an array', '[1, 2,]', 1, 7, 'expected a value'],
    ['a missing comma, on line 3', '{\n  "a": "x"\n  "b": 1\n}', 3, 3, "expected ',' or '}'"],
    ['a missing colon', '{"a" 1}', 1, 6, "expected ':'"],
    ['a single-quoted name', "{'a': 1}", 1, 2, 'expected a property name in double quotes'],
    ['a raw line break in a string', '{"a": "x\ny"}', 1, 9, 'a control character'],
    ['a bad escape', '{"a": "\\q"}', 1, 8, 'an invalid escape'],
    ['an unterminated string: where it starts', '{"a": "xyz', 1, 7, 'a string that never ends'],
    ['an unclosed array', '[1, [2]', 1, 8, 'a closing ] is missing'],
    ['text after the value', '{} x', 1, 4, 'more text after the end'],
    ['empty input', '', 1, 1, 'the text ends where a value should be'],
    ['a leading zero', '[01]', 1, 3, "expected ',' or ']'"],
    ['columns count characters, not UTF-16 units', '["😀😀" x]', 1, 7, "expected ',' or ']'"],
  ])('%s', (_, text, line, column, problem) => {
    expect(() => JSON.parse(text)).toThrow();
    const place = findJsonError(text);
    expect(place).toMatchObject({ line, column });
    expect(place?.problem).toContain(problem);
  });

  it.each([
    ['{"a": [1, -2.5e+3, true, false, null, "\\u00e9\\n"], "b": {}}'],
    [' [ ] '],
    ['"just a string"'],
    [`${'['.repeat(10_000)}${']'.repeat(10_000)}`],
  ])('valid JSON has no error: %s', (text) => {
    expect(() => JSON.parse(text)).not.toThrow();
    expect(findJsonError(text)).toBeNull();
  });
});
