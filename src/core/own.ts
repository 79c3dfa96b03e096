// Looking up a key people wrote (a checklist item, a rule id, a command name) in a plain object:
// only the object's own keys count. `record[key]` would also find what every object inherits, so
// a checklist item named `constructor` or `toString` would look dated, or a command named so
// would look like a command.

/** `record[key]` when `key` is the record's own, else `undefined`. */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
