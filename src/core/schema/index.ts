export * from './common.ts';
export * from './settings.ts';
export * from './people.ts';
export * from './account.ts';
export * from './plan.ts';
export * from './guide.ts';
