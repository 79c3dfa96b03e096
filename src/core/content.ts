// The content of a playbook as loaded and validated: what people wrote, with ids and files,
// before any date is applied. The derived model (model.ts) adds what depends on "today".
import type { Finding } from './findings.ts';
import type { SourceFile } from './load/source-file.ts';
import type { YamlPath } from './load/yaml-places.ts';
import type { ContactNames } from './model/contact-names.ts';
import type { AccountData, CommitmentData, Contact, GuideData, Incident, MilestoneData, Person, PlanData, Signature, Touchpoint } from './schema/index.ts';
import type { RuleLevel } from './schema/settings.ts';

/** A list entry with its position in the YAML list, so a finding can point at it. */
export type Indexed<T> = T & { readonly index: number };

export interface ResolvedSettings {
  title: string;
  timezone: string;
  followUpDays: number;
  ownerTouchDays: number;
  remindDays: number;
  /** Checklist item id -> what must be true before kickoff. */
  checklist: Readonly<Record<string, string>>;
  /** Rule id -> the level playbook.yaml sets it to. */
  levels: Readonly<Record<string, RuleLevel>>;
  repository?: { url: string; branch: string; contentPath: string };
  file?: SourceFile;
  /**
   * The checklist is not known: playbook.yaml exists but could not be read, or its
   * `handoff_checklist` has a problem (its own finding), so handoff items are not judged against it.
   */
  checklistUnknown?: boolean;
}

export interface PersonEntry extends Person {
  id: string;
}

export interface Account {
  id: string;
  file: SourceFile;
  data: Omit<AccountData, 'touchpoints' | 'contacts' | 'incidents'>;
  contacts: Indexed<Contact>[];
  touchpoints: Indexed<Touchpoint>[];
  incidents: Indexed<Incident>[];
  /** Every incident id written, valid or not, with its index: for duplicate ids. */
  writtenIncidents: readonly { index: number; id: string }[];
  /** Every contact name written (trimmed, as references match it), valid or not, with its index: for names used twice. */
  writtenContacts: readonly { index: number; id: string }[];
  plans: Plan[];
  /**
   * Every contact name written, valid or not: references to them are not unknown. Undefined
   * when `contacts` is not a list at all: then no contact reference can be judged. A reference
   * matches a name in either Unicode form (composed or decomposed accents).
   */
  contactNames: ContactNames | undefined;
  /** Top-level fields whose written value could not be used (see load/validate.ts): rules that read them skip. */
  invalidFields: ReadonlySet<string>;
}

export interface Plan {
  /** `<account>/<plan>` */
  id: string;
  accountId: string;
  /** The plan's file name without `.mdx`. */
  slug: string;
  file: SourceFile;
  data: Omit<PlanData, 'milestones' | 'commitments' | 'agreement'>;
  /** Every signature on the letter of agreement, each with where it is written. */
  signatures: Signer[];
  /** `agreement:` is written (even if empty): where a missing signature is pointed at. */
  hasAgreement: boolean;
  milestones: Indexed<MilestoneData>[];
  commitments: Indexed<CommitmentData>[];
  /** Its account, when the account's own file loaded. */
  account: Account | undefined;
  /** Every commitment id written, valid or not: references to them are not unknown. */
  commitmentIds: ReadonlySet<string>;
  /** Every milestone id written, valid or not. */
  milestoneIds: ReadonlySet<string>;
  /**
   * Each milestone or commitment written with an id an item above it in the file already has
   * (valid or not), in file order; nearly always none.
   */
  repeatedItems: readonly RepeatedItem[];
  /** Top-level fields whose written value could not be used (see load/validate.ts): rules that read them skip. */
  invalidFields: ReadonlySet<string>;
}

/** One signature, on one side of the letter of agreement. */
export interface Signer extends Signature {
  side: 'customer' | 'us';
  /** Its YAML node: `agreement.customer`, or `agreement.customer[1]` when a side lists several. */
  path: YamlPath;
}

export interface RepeatedItem {
  list: 'milestones' | 'commitments';
  index: number;
  id: string;
  /** The commitment's owner as written, when it is text. */
  owner: string | undefined;
  /** Its `chaser` and `internal` as written, when they are text and true or false. */
  chaser: string | undefined;
  internal: boolean | undefined;
  /** Which list the first item of that id is in. */
  firstList: 'milestones' | 'commitments';
}

export interface Guide {
  /** `guides/<guide>` */
  id: string;
  slug: string;
  file: SourceFile;
  data: GuideData;
  /** Top-level fields whose written value could not be used (see load/validate.ts): rules that read them skip. */
  invalidFields: ReadonlySet<string>;
}

export interface Content {
  /** The content folder, as given. */
  dir: string;
  settings: ResolvedSettings;
  people: ReadonlyMap<string, PersonEntry>;
  /** Every person id written in people.yaml, valid or not: references to them are not unknown. */
  personIds: ReadonlySet<string>;
  peopleFile: SourceFile | undefined;
  /** people.yaml exists but could not be read: who is a person is unknown, so references to people are not judged. */
  peopleUnreadable?: boolean;
  accounts: Account[];
  plans: Plan[];
  guides: Guide[];
  /** Every file read, by content path. */
  files: ReadonlyMap<string, SourceFile>;
  /** `schema` findings found while loading. */
  problems: Finding[];
  /** Content paths of files that are there but cannot be read or are not UTF-8 (a `schema` finding says so): not gone. */
  unreadable?: ReadonlySet<string>;
  /** Content paths of files whose frontmatter (or YAML) holds nothing: emptied, which for a plan is as good as gone. */
  emptied?: ReadonlySet<string>;
}
