import type { Channel } from '../../src/channels'
import type { WorkflowStatus } from '../../src/workflow'

/** Rule IDs of ../shared/rulebook.md that the post rules enforce. */
export type RuleId =
  'CAT' | 'CAT-6' | 'CAT-7' | 'CAT-8' | 'POS-1' | 'PRIV-1' | 'PRIV-2' | 'FORBID-1' | 'FORBID-2' | 'FORBID-3' | 'CHAN-1' | 'GOV-6'

/**
 * block: the save is refused. gate: saved, but the post cannot move past `in_review`.
 * warn: saved and shown; approval needs the warning resolved or overridden with a justification.
 */
export type RuleLevel = 'block' | 'gate' | 'warn'

export type Messages = { fr: string; en: string }

export type Violation = {
  rule: RuleId
  level: RuleLevel
  /** Payload field path of the offending value, e.g. `category`, `channels.1.text`, `media.0`. */
  path: string
  /** Names the rule ID and says how to fix the problem. */
  message: Messages
  /**
   * Something is missing rather than wrong (no category yet, no closing date yet). A draft may be
   * incomplete: the engine then holds it as a gate until the post is submitted.
   */
  incomplete?: boolean
  /**
   * Depends on personal data (birth dates, consents): said as such only to those who may read
   * them (hooks/engine/disclosure.ts).
   */
  personal?: boolean
}

export type Id = number | string

/** The post as the rules see it: the stored document with this save's changes on top. */
export type PostSnapshot = {
  id: Id | null
  title: string
  categoryId: Id | null
  channels: { channel: Channel; text: string }[]
  /** Plain text of the rich-text body. */
  bodyText: string
  mediaIds: Id[]
  positionId: Id | null
  source: string | null
  sourceOrganisation: string | null
  /** ISO instant. */
  closingDate: string | null
  /** ISO instant: when the post is planned to go out. */
  publishAt: string | null
  /** ISO instant: when it went out (set by the server when it moved to `published`). */
  publishedAt: string | null
  workflowStatus: WorkflowStatus
  /** GOV-6 checklist item, ticked by the reviewer. */
  valuesConfirmed: boolean
}

export type CategoryFacts = { id: Id; code: string; retired: boolean; labelFr: string; labelEn: string }
export type PositionStatus = 'draft' | 'adopted' | 'withdrawn' | 'superseded'
export type PositionFacts = { id: Id; title: string; status: PositionStatus }
export type MediaFacts = { id: Id; filename: string; noIdentifiablePerson: boolean; peopleIds: Id[] }
export type AgeBand = 'under14' | '14to17' | 'adult'
export type PersonFacts = { id: Id; birthDate: string | null; ageBand: AgeBand | null }
export type ConsentRelationship = 'self' | 'parent' | 'tutor'
export type ConsentFacts = {
  id: Id
  personId: Id
  relationship: ConsentRelationship
  signatoryName: string | null
  /** Channels the consent covers. */
  scopes: Channel[]
  validFrom: string | null
  expiresAt: string | null
  revokedAt: string | null
  /** PRIV-4: the signed form is attached, or the responsible person wrote where it is kept. */
  signedForm: boolean
}

export type PolicyFacts = {
  timeZone: string
  channelLimits: Partial<Record<Channel, number>>
  /** FORBID-1 phrases (policy settings). */
  forbiddenPatterns: string[]
  /** FORBID-1 phrases that contain a pattern but are ordinary (« fête nationale »). */
  allowedPhrases: string[]
  /** FORBID-3: the version of the code of conduct in force. */
  codeOfConductVersion: number
}

export type Actor = { id: Id; roles: string[]; codeOfConductAcceptedAt: string | null; codeOfConductVersion?: number | null }

/** What a rule needs from the database, loaded once per save in batched queries. */
export type RuleContext = {
  /** The post's category; null when none is set or the ID matches no category. */
  category: CategoryFacts | null
  position: PositionFacts | null
  /** Attached media, in the post's order; an ID that matches nothing is absent. */
  media: MediaFacts[]
  /** People shown in the media, by String(id). */
  people: Map<string, PersonFacts>
  /** Every consent of those people, by String(personId). */
  consentsByPerson: Map<string, ConsentFacts[]>
  policy: PolicyFacts
  now: Date
  /** The person saving; null for the system (seed, scheduled job). */
  actor: Actor | null
  /** The workflow move of this save, if the status changes. */
  transition: { from: WorkflowStatus; to: WorkflowStatus } | null
}

export type Rule = {
  id: RuleId
  level: RuleLevel
  /** What the rule is about, for the compliance panel. */
  title: Messages
  check: (post: PostSnapshot, context: RuleContext) => Violation[]
}
