// Text from content in a markdown report (a job summary, a pull-request comment, the reminders
// issue) stays text: GitHub turns more than markup into links. Its autolinks (a URL, `www.`, an
// email), its references (`#123`, `GH-1`, `owner/repo#1`, a commit SHA) and its @mentions act in
// any text it renders, after the markdown is parsed, so a backslash does not stop them: a URL or a
// SHA goes in a code span (GitHub links nothing in code), and a zero-width space follows the `@`,
// the `#` or the `GH-` of a reference or a mention. The exact text is what GitHub is given.
import { describe, expect, it } from 'vitest';
import { cell, escapeMarkdown, linkPath } from '../../src/core/report/markdown.ts';

describe('escapeMarkdown: nothing a client wrote becomes a link', () => {
  it.each([
    ['a URL', 'See https://evil.example/pay?x=1 now', 'See `https://evil.example/pay?x=1` now'],
    ['a URL with underscores, ending a sentence', 'Form at http://a.example/b_c.', 'Form at `http://a.example/b_c`.'],
    ['a URL in parentheses', '(ftp://files.example/x)', '(`ftp://files.example/x`)'],
    ['a www. address', 'Go to www.evil.example, then call', 'Go to `www.evil.example`, then call'],
    ['an email', 'Mail bob@northwind.example', 'Mail bob@&#8203;northwind.example'],
    ['an @mention', 'Ask @octocat and @acme/team', 'Ask @&#8203;octocat and @&#8203;acme/team'],
    ['an issue reference', 'As in #123', 'As in #&#8203;123'],
    ['a GH- reference', 'See GH-7 and gh-8', 'See GH-&#8203;7 and gh-&#8203;8'],
    ['a reference to another repository', 'Fixed in acme/playbook#9', 'Fixed in acme/playbook#&#8203;9'],
    ['a commit SHA', 'Reverted 1a2b3c4d5e6f7a8b9c0d and a1b2c3d', 'Reverted `1a2b3c4d5e6f7a8b9c0d` and `a1b2c3d`'],
    ['a commit in another repository', 'acme/playbook@1a2b3c4', 'acme/playbook@&#8203;`1a2b3c4`'],
    ['markup and HTML, as before', '**bold** <img src=x> [a](b) `code` a_b', '\\*\\*bold\\*\\* \\<img src=x\\> \\[a\\](b) \\`code\\` a\\_b'],
    ['a heading mark that is not a reference', '# Title and C#', '\\# Title and C\\#'],
  ])('%s', (_, text, expected) => {
    expect(escapeMarkdown(text)).toBe(expected);
  });

  it('leaves what is not a link alone: dates, ids, short numbers, words', () => {
    expect(escapeMarkdown('Due 2026-11-15 (7 days ago), order 123456, defaced? no: scanner-rollout#install')).toBe('Due 2026-11-15 (7 days ago), order 123456, defaced? no: scanner-rollout\\#install');
  });

  it('keeps a table cell one cell: a pipe in a URL is escaped inside its code span too', () => {
    expect(cell('Open https://a.example/x|y and #5 | next')).toBe('Open `https://a.example/x\\|y` and #&#8203;5 \\| next');
  });

  it("keeps a file's path inside its link: a `)` or `#` in the name is encoded, so nothing after it is markdown again", () => {
    expect(linkPath('content/accounts/x/a)@octocat (1)#2?.mdx')).toBe('content/accounts/x/a%29@octocat%20%281%29%232%3F.mdx');
  });
});
