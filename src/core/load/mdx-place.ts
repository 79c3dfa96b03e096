// Places in an MDX body, for the problems found in its compiled module (which has no positions).

/** The body's line and column of the first match, 1-based. */
export function placeOf(body: string, pattern: RegExp): { line: number; column: number } | undefined {
  const match = pattern.exec(body);
  if (!match) return undefined;
  const before = body.slice(0, match.index);
  const line = before.split('\n').length;
  return { line, column: match.index - before.lastIndexOf('\n') };
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Where a component is first used as a tag, else where its name first appears. */
export function componentPlace(body: string, name: string): { line: number; column: number } {
  return placeOf(body, new RegExp(`<${escapeRegExp(name)}[\\s./>]`)) ?? namePlace(body, name);
}

/** Where a name first appears as a whole word (not a property: `.total`). */
export function namePlace(body: string, name: string): { line: number; column: number } {
  return placeOf(body, new RegExp(`(?<![\\w$.])${escapeRegExp(name)}(?![\\w$])`)) ?? { line: 1, column: 1 };
}
