// A `#` right before a word inside a plain value is where YAML silently ends the value: found, so
// that it is reported; a comment written `# ...`, a quoted value and a whole-line comment are not.
import { describe, expect, it } from 'vitest';
import { commentsInValues } from '../../src/core/load/comment-in-value.ts';

describe('commentsInValues', () => {
  it.each([
    ['what: Send the list #2 for the South garage', [{ line: 1, column: 21, key: 'what', dropped: '#2 for the South garage' }]],
    ['  - id: x\n    note: Called #urgent', [{ line: 2, column: 18, key: 'note', dropped: '#urgent' }]],
    ['with: [Bob Smith]\ntags:\n  - phase #1', [{ line: 3, column: 11, key: undefined, dropped: '#1' }]],
    ['governance_every: 6w           # steering group', []],
    ['what: "Send the list #2"', []],
    ["what: 'Send the list #2'", []],
    ['# a comment #2\nwhat: x', []],
    ['note: #2 letter sent', []],
    ['what: a#b', []],
  ])('%j', (yaml, expected) => {
    expect(commentsInValues(yaml)).toEqual(expected);
  });
});
