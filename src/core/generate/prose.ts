// MDX bodies for the synthetic playbook: a heading, a few paragraphs and a list, assembled from
// the word lists so that full-text search and page rendering see varied, realistic text.
import type { Random } from './random.ts';
import { LIST_ITEMS, OBSERVATIONS, PRIORITIES } from './words.ts';

function list(rng: Random, items: readonly string[], min: number, max: number): string {
  return rng
    .sample(items, rng.int(min, max))
    .map((item) => `- ${item}`)
    .join('\n');
}

/** Some of the sentences, kept in their written order so the paragraph still reads. */
function paragraph(rng: Random, sentences: readonly string[], min: number, max: number): string {
  const chosen = new Set(rng.sample(sentences, rng.int(min, max)));
  return sentences.filter((s) => chosen.has(s)).join(' ');
}

export function accountBody(rng: Random, company: string, contact: string, things: readonly string[]): string {
  const priority = rng.pick(PRIORITIES);
  const intro = [
    `${company} came to us for ${things.length > 0 ? things.join(' and ') : 'a first project'}.`,
    `Our main contact is ${contact}, who owns the budget and the rollout on their side.`,
    `What matters most to them is ${priority}.`,
    `They run several sites and want every site to work the same way.`,
  ];
  return [
    `## Who they are`,
    paragraph(rng, intro, 2, 4),
    `## How they like to work`,
    paragraph(rng, OBSERVATIONS, 2, 3),
    `## What we keep an eye on`,
    list(rng, LIST_ITEMS, 3, 5),
    '',
  ].join('\n\n');
}

export function planBody(rng: Random, company: string, thing: string, sites: number): string {
  const scope = [
    `We sold ${company} ${thing} across ${sites} sites, delivered in phases.`,
    `The first phase proves ${thing} at one site before the others follow.`,
    `Both sides agreed who does what by when, and the dates below are the ones we signed.`,
    `Anything that moves is renegotiated with their project lead and written down here.`,
  ];
  return [
    `## What was sold`,
    paragraph(rng, scope, 2, 4),
    `## Why it matters to them`,
    `They expect ${rng.sample(PRIORITIES, 2).join(' and ')}. ${rng.pick(OBSERVATIONS)}`,
    `## Working agreements`,
    list(rng, LIST_ITEMS, 3, 5),
    '',
  ].join('\n\n');
}

export function guideBody(rng: Random, title: string): string {
  const why = [
    `${title} is something every team does, and doing it the same way keeps promises visible.`,
    `A salesperson never disappears after the handoff, so sales is part of this too.`,
    `Nobody points fingers here: the record is about commitments and dates, not blame.`,
    `When in doubt, tell the client early and write down who was told.`,
  ];
  return [
    `## Why`,
    paragraph(rng, why, 2, 4),
    `## Steps`,
    list(rng, LIST_ITEMS, 4, 6),
    `## Good to know`,
    paragraph(rng, OBSERVATIONS, 1, 2),
    '',
  ].join('\n\n');
}
