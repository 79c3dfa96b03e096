// The build's gate: the core's check, before Astro loads any content. A `schema`,
// `unknown-reference`, `duplicate-id` or `dependency-cycle` finding stops the build, with every
// such finding printed exactly as `playbook check` prints them (Astro alone would stop at the
// first bad entry, in its own words).
import { colorFor } from '../cli/environment.ts';
import { AsOfError } from '../core/check.ts';
import { ContentFolderError } from '../core/load/load-playbook.ts';
import { formatText } from '../core/report/text.ts';
import { STRUCTURAL_RULES, structuralFindings } from '../core/rules/catalog.ts';
import { countOf } from '../core/words.ts';
import { getPlaybook, type SitePlaybook } from '../site/playbook.ts';

/**
 * A playbook the site cannot be built from, with the whole reason in its message. It has no
 * stack: Astro prints an error's stack when it has one, and this one would only point here.
 */
export class BuildRefused extends Error {
  /** What `npm run build` exits with: 2 when the content cannot be read, 1 when it is wrong. */
  readonly exitCode: number;

  constructor(message: string, exitCode: number) {
    super(message);
    this.name = 'BuildRefused';
    this.exitCode = exitCode;
    this.stack = '';
  }
}

/**
 * The checked playbook, or BuildRefused after printing every structural finding to `stderr` as
 * `playbook check` does (colour as the CLI decides it for that stream).
 */
export function gate(stderr: NodeJS.WritableStream & { isTTY?: boolean } = process.stderr): SitePlaybook {
  let playbook: SitePlaybook;
  try {
    playbook = getPlaybook();
  } catch (error) {
    if (error instanceof ContentFolderError || error instanceof AsOfError) throw new BuildRefused(error.message, 2);
    throw error;
  }
  const structural = structuralFindings(playbook.findings);
  if (structural.length === 0) return playbook;
  stderr.write(formatText(structural, { color: colorFor(process.env, stderr), asOf: playbook.asOf }));
  throw new BuildRefused(`The playbook cannot be built: ${countOf(structural.length, 'finding')} of ${STRUCTURAL_RULES.join(', ')} must be fixed first.`, 1);
}
