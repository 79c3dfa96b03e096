// Warnings a build prints that say nothing a team can act on, left out of the build's log.
//
// MODULE_LEVEL_DIRECTIVE on "use astro:head-inject": Astro marks every MDX body that uses a
// component with this directive, and Vite's bundler (Rolldown) warns on every build that it may
// not keep it, in a box of nine lines per file. It is Astro's own (withastro/astro#18087, open),
// and the pages come out right. Every other warning goes on as before: to the config's own
// `onwarn` when it has one, else to the bundler's default.
import type { AstroUserConfig } from 'astro';

type RolldownOptions = NonNullable<NonNullable<NonNullable<AstroUserConfig['vite']>['build']>['rolldownOptions']>;
type OnWarn = NonNullable<RolldownOptions['onwarn']>;

/** Rolldown's `onwarn`, leaving out the known warnings and handing the rest to `theirs`. */
export function withoutKnownWarnings(theirs?: OnWarn): OnWarn {
  return (warning, print) => {
    if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"')) return;
    if (theirs) theirs(warning, print);
    else print(warning);
  };
}
