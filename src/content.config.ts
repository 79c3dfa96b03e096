// The playbook's content collections, as a team's repository declares them (its file, written by
// `playbook init`, imports the same module from 'followthrough/content').
export { collections } from './site/collections.ts';
