// Each kind of document the loader validates: its emitted in-place parser (schema/compiled.ts),
// and its zod schema, built only when a document is declined (schema/zod-schemas.ts).
import type { Settings } from './index.ts';
import type { ZodTypeAny } from '../zod.ts';
import { accountInPlace, guideInPlace, personInPlace, planInPlace, settingsInPlace } from './compiled.ts';
import { INVALID, type InPlaceParser } from './in-place.ts';
import { zodSchemas } from './zod-schemas.ts';

export interface DocumentSchema {
  /** The document in zod's output form, changed where it lies, or INVALID to ask zod. */
  readonly inPlace: InPlaceParser;
  readonly zod: () => ZodTypeAny;
}

export const ACCOUNT_DOCUMENT: DocumentSchema = { inPlace: accountInPlace, zod: () => zodSchemas().accountSchema };
export const PLAN_DOCUMENT: DocumentSchema = { inPlace: planInPlace, zod: () => zodSchemas().planSchema };
export const GUIDE_DOCUMENT: DocumentSchema = { inPlace: guideInPlace, zod: () => zodSchemas().guideSchema };
export const PERSON_DOCUMENT: DocumentSchema = { inPlace: personInPlace, zod: () => zodSchemas().personSchema };
export const SETTINGS_DOCUMENT: DocumentSchema = { inPlace: settingsInPlace, zod: () => zodSchemas().settingsSchema };

/** playbook.yaml's defaults: the settings of an empty file. */
export function defaultSettings(): Settings {
  const settings = SETTINGS_DOCUMENT.inPlace({});
  return (settings === INVALID ? SETTINGS_DOCUMENT.zod().parse({}) : settings) as Settings;
}
