// guides/<guide>.mdx for the synthetic playbook. A few guides are past their review date, which
// is a notice, never an error.
import { addDays } from './days.ts';
import type { Staff } from './people.ts';
import { guideBody } from './prose.ts';
import type { Random } from './random.ts';
import { GUIDE_AUDIENCES, GUIDE_TOPICS } from './words.ts';
import { flowList, scalar } from './yaml-text.ts';

/** The `index`-th guide's id and title: each topic once, then each topic for each audience. */
function guideName(index: number): { id: string; title: string; tags: readonly string[] } {
  const topic = GUIDE_TOPICS[index % GUIDE_TOPICS.length]!;
  const round = Math.floor(index / GUIDE_TOPICS.length);
  if (round === 0) return topic;
  const audience = GUIDE_AUDIENCES[(round - 1) % GUIDE_AUDIENCES.length]!;
  const lap = Math.floor((round - 1) / GUIDE_AUDIENCES.length);
  const suffix = lap === 0 ? '' : `-${lap + 1}`;
  return {
    id: `${topic.id}-for-${audience}${suffix}`,
    title: `${topic.title} (for ${audience.replace(/-/g, ' ')}${lap === 0 ? '' : `, part ${lap + 1}`})`,
    tags: [...topic.tags, audience],
  };
}

export function guideFiles(rng: Random, count: number, staff: Staff, asOf: string): Map<string, string> {
  const files = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    const { id, title, tags } = guideName(i);
    const lines = ['---', `title: ${scalar(title)}`];
    if (rng.chance(0.8)) lines.push(`summary: ${scalar(`What to do and why, for ${title.toLowerCase()}`)}`);
    lines.push(`owner: ${rng.pick(staff.all).id}`);
    // Mostly due for review in the months ahead; about one in eight is past it.
    if (rng.chance(0.6)) lines.push(`review_by: ${addDays(asOf, rng.int(-40, 300))}`);
    lines.push(`tags: ${flowList(tags)}`, '---', '');
    files.set(`guides/${id}.mdx`, lines.join('\n') + guideBody(rng, title));
  }
  return files;
}
