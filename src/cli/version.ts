// The package's version, read from its package.json next to the sources (the installed package's
// own, wherever it is installed), for `playbook --version` and `playbook init`.
import { readFileSync } from 'node:fs';

export function packageVersion(): string {
  const text = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
  return (JSON.parse(text) as { version: string }).version;
}
