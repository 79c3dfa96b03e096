import type { ResolvedSettings } from '../content.ts';
import { durationDays } from '../dates.ts';
import { refusedLevel } from '../rules/catalog.ts';
import type { Settings } from '../schema/settings.ts';
import type { SourceFile } from './source-file.ts';

/** playbook.yaml with its defaults applied and durations in days. */
export function resolveSettings(settings: Settings, file: SourceFile | undefined): ResolvedSettings {
  return {
    title: settings.title,
    timezone: settings.timezone,
    followUpDays: durationDays(settings.follow_up_every),
    ownerTouchDays: durationDays(settings.owner_touch_every),
    remindDays: durationDays(settings.remind_before),
    checklist: settings.handoff_checklist,
    // A level playbook.yaml may not set is reported by the loader, and the rule keeps its default.
    levels: Object.fromEntries(Object.entries(settings.rules).filter(([rule, level]) => refusedLevel(rule, level) === undefined)),
    // Without a `url` there is nothing to link to: as without a repository (the format makes no
    // field of playbook.yaml required).
    repository:
      settings.repository?.url === undefined
        ? undefined
        : {
            url: settings.repository.url.replace(/\/+$/, ''),
            branch: settings.repository.branch,
            contentPath: settings.repository.content_path.replace(/^\/+|\/+$/g, ''),
          },
    file,
  };
}
