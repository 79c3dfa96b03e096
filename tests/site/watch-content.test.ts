// `astro dev` reads the playbook again after every save, including a save the file watcher does
// not pass on: chokidar passes on no change of a file for 50 ms after one it passed on, and a
// page asked for between two such saves must not keep showing the first one for good.
import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getPlaybook, forgetPlaybook } from '../../src/site/playbook.ts';
import { watchContent, WATCHER_QUIET_MS } from '../../src/site/watch-content.ts';
import { buildPlaybook } from '../helpers/playbook-builder.ts';
import { FIXTURE_AS_OF, FIXTURE_FILES } from './fixture-playbook.ts';

const PLAN = 'accounts/northwind/rollout.mdx';

/** What watchContent uses of the dev server's watcher: `add` and the events. */
class FakeWatcher extends EventEmitter {
  added: string[] = [];
  add(path: string): this {
    this.added.push(path);
    return this;
  }
}

const titleOf = () => getPlaybook().content.plans.find((plan) => plan.id === 'northwind/rollout')?.data.title;
const settle = () => new Promise((done) => setTimeout(done, WATCHER_QUIET_MS * 3));

describe('watching the content folder', () => {
  const saved = { dir: process.env.PLAYBOOK_CONTENT_DIR, asOf: process.env.PLAYBOOK_AS_OF };
  beforeEach(() => forgetPlaybook());
  afterEach(() => {
    forgetPlaybook();
    process.env.PLAYBOOK_CONTENT_DIR = saved.dir;
    process.env.PLAYBOOK_AS_OF = saved.asOf;
    if (saved.dir === undefined) delete process.env.PLAYBOOK_CONTENT_DIR;
    if (saved.asOf === undefined) delete process.env.PLAYBOOK_AS_OF;
  });

  it('reads the playbook again after a save the watcher did not pass on, once the saves settle', async () => {
    const playbook = buildPlaybook(FIXTURE_FILES, { prefix: 'followthrough-watch-' });
    process.env.PLAYBOOK_CONTENT_DIR = playbook.dir;
    process.env.PLAYBOOK_AS_OF = FIXTURE_AS_OF;
    const watcher = new FakeWatcher();
    let syncs = 0;
    watchContent(watcher as never, playbook.dir, () => syncs++);
    expect(watcher.added).toEqual([playbook.dir]);
    expect(titleOf()).toBe('Scanner rollout');

    // A save the watcher passes on; a page reads the playbook; a second save, within the
    // watcher's quiet time, that it does not pass on.
    playbook.edit(PLAN, 'title: Scanner rollout', 'title: Scanner rollout, phase two');
    watcher.emit('change', `${playbook.dir}/${PLAN}`);
    expect(titleOf()).toBe('Scanner rollout, phase two');
    playbook.edit(PLAN, 'title: Scanner rollout, phase two', 'title: Scanner rollout, phase three');
    expect(titleOf()).toBe('Scanner rollout, phase two');

    await settle();
    expect(syncs).toBe(1);
    expect(titleOf()).toBe('Scanner rollout, phase three');
  });

  it('keeps a playbook read after the saves settled, and ignores files outside the folder', async () => {
    const playbook = buildPlaybook(FIXTURE_FILES, { prefix: 'followthrough-watch-' });
    process.env.PLAYBOOK_CONTENT_DIR = playbook.dir;
    process.env.PLAYBOOK_AS_OF = FIXTURE_AS_OF;
    const watcher = new FakeWatcher();
    // Like the content loader's collections: the first to sync reads the playbook again, and the
    // others share what it read.
    const read: unknown[] = [];
    for (let i = 0; i < 3; i++) watchContent(watcher as never, playbook.dir, () => read.push(getPlaybook()));
    playbook.edit(PLAN, 'title: Scanner rollout', 'title: Scanner rollout, phase two');
    watcher.emit('change', `${playbook.dir}/${PLAN}`);
    await settle();
    expect(read).toHaveLength(3);
    expect(new Set(read).size).toBe(1);
    expect(titleOf()).toBe('Scanner rollout, phase two');

    const before = getPlaybook();
    watcher.emit('change', `${playbook.root}/elsewhere.mdx`);
    await settle();
    expect(getPlaybook()).toBe(before);
  });
});
