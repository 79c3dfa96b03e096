// The package's version, read from its package.json (the installed package's own, wherever it is
// installed), for `playbook --version` and `playbook init`.
export { packageVersion } from '../package/root.ts';
