// Whether an MDX body is plain Markdown: no import or export, no JSX tag, no `{expression}`.
// Such a body renders the same as Markdown, so the loader renders it once at sync time instead of
// making Vite bundle one module per file (at 4,000 files that bundling is most of a build).
// The test is deliberately cautious: any `<`, `{` or image outside code sends the body to the
// MDX pipeline, where it renders exactly as MDX would.

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** Anything that can make a body more than Markdown, wherever it stands (in code or not). */
const MAYBE_MDX = /[<{]|!\[|^(?:import|export)\s/m;

export function isPlainMarkdown(body: string): boolean {
  // Most bodies hold none of it anywhere: one pass over the text says so (the walk below, line
  // by line, was 35 ms of a check at 1,000 accounts).
  if (!MAYBE_MDX.test(body)) return true;
  let fence: string | undefined;
  for (const line of body.split('\n')) {
    const opener = FENCE.exec(line)?.[1];
    if (fence !== undefined) {
      // Inside a fenced code block: only its closing fence matters.
      if (opener && opener[0] === fence[0] && opener.length >= fence.length && line.trim() === opener) fence = undefined;
      continue;
    }
    if (opener) {
      fence = opener;
      continue;
    }
    if (/^(import|export)\s/.test(line)) return false;
    // Inline code spans may hold anything; the rest of the line may not hold `<` or `{`, nor an
    // image (MDX turns a local image into an optimised asset; rendered Markdown here would not).
    const outsideCode = line.replace(/(`+)[^`]*?\1/g, '');
    if (/[<{]/.test(outsideCode) || outsideCode.includes('![')) return false;
  }
  return true;
}
