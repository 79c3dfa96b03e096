// axe-core in the page under test: its serious and critical violations, as lines a person reads.
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core's serious and critical violations on the page as it stands. */
export async function seriousViolations(page: Page): Promise<string[]> {
  return (await run(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical').map(line);
}

/** The violations of the rules given (`region`...), whatever their impact. */
export async function violationsOf(page: Page, rules: string[]): Promise<string[]> {
  return (await run(page, rules)).map(line);
}

async function run(page: Page, rules?: string[]): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async (only) => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'], ...(only ? { runOnly: only } : {}) })).violations;
  }, rules);
}

const line = (v: AxeViolation) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')})`;
