import type { PrivacyTaskCause, PrivacyTaskKind } from './privacy/privacyTaskKinds'
import type { Channel } from './channels'
import type { NotificationKind, NotificationLanguage } from './notifications/kinds'
import type { Role } from './roles'
import type { WorkflowStatus } from './workflow'

/**
 * The documents as Balises reads them: only the fields the plugin uses, owned by the plugin. A host
 * installing Balises has no `payload-types.ts` of ours (its own, if any, names its own collections).
 */
export type Id = number | string

/** A relationship as stored (the ID) or populated (the document), depending on the depth. */
type Related<T> = Id | T | null

export type BalisesUser = {
  id: Id
  email: string
  name?: string | null
  roles?: Role[] | null
  codeOfConductAcceptedAt?: string | null
  codeOfConductVersion?: number | null
  emailNotificationKinds?: NotificationKind[] | null
  notificationLanguage?: NotificationLanguage | null
}

export type CategoryDoc = {
  id: Id
  code: string
  labelFr: string
  labelEn: string
  color: string
  order?: number | null
  retired?: boolean | null
}

export type PersonDoc = {
  id: Id
  fullName: string
}

export type ConsentDoc = {
  id: Id
  person: Related<PersonDoc>
  signatoryName?: string | null
  scopes: Channel[]
  validFrom?: string | null
  expiresAt?: string | null
  revokedAt?: string | null
}

export type PostDoc = {
  id: Id
  title: string
  category?: Related<CategoryDoc>
  channels?: { channel: Channel; text?: string | null; id?: string | null }[] | null
  publishAt?: string | null
  publishAt_tz?: string | null
  /** When the post went out (set by the server at the move to `published`). */
  publishedAt?: string | null
  /** CAT-6: the offer's last day (a calendar day stored at noon UTC). */
  closingDate?: string | null
  workflowStatus: WorkflowStatus
  media?: (Id | { id: Id })[] | null
  position?: Related<{ id: Id }>
  valuesConfirmed?: boolean | null
  statusReason?: string | null
  compliance?:
    | {
        rule?: string | null
        level?: ('block' | 'gate' | 'warn') | null
        path?: string | null
        messageFr?: string | null
        messageEn?: string | null
        overridden?: boolean | null
      }[]
    | null
  overrides?: { rule: string; justification: string; by?: Related<BalisesUser>; at?: string | null }[] | null
  history?: { from?: string | null; to?: string | null; by?: Related<BalisesUser>; at?: string | null; reason?: string | null }[] | null
  author?: Related<BalisesUser>
  updatedAt: string
  createdAt: string
  _status?: ('draft' | 'published') | null
}

export type PrivacyTaskDoc = {
  id: Id
  kind: PrivacyTaskKind
  cause: PrivacyTaskCause
  summary?: string | null
  post: Id | PostDoc
  consent?: Related<ConsentDoc>
  person?: Related<PersonDoc>
  reason?: string | null
  doneAt?: string | null
  doneBy?: Related<BalisesUser>
  note?: string | null
  createdAt: string
}

export type AudienceSnapshotDoc = {
  id: Id
  channel: Channel
  date: string
  followers: number
  pageLikes?: number | null
  reach?: number | null
  engagement?: number | null
}

export type NotificationDoc = {
  id: Id
  recipient: Id | BalisesUser
  kind: NotificationKind
  post?: Related<PostDoc>
  link?: string | null
  key?: string | null
  messageFr?: string | null
  messageEn?: string | null
  readAt?: string | null
  createdAt: string
}

export type AuditLogDoc = {
  id: Id
  at: string
  actor?: Related<BalisesUser>
  actorName?: string | null
  targetCollection: string
  targetId: string
  operation: 'create' | 'update' | 'delete'
  summary?: string | null
  changes?: { field?: string | null; from?: string | null; to?: string | null; id?: string | null }[] | null
  createdAt: string
}

export type PositionDoc = {
  id: Id
  title: string
  summary?: string | null
  status: 'draft' | 'adopted' | 'withdrawn' | 'superseded'
  adoptedAt?: string | null
  adoptedBy?: Related<BalisesUser>
  resolutionReference?: string | null
  supersededBy?: Related<{ id: Id }>
  createdAt: string
}

/** The policy settings global. */
export type PolicyDoc = {
  id?: Id
  responsiblePerson?: Related<BalisesUser>
  timeZone?: string | null
  weeklyHours?: number | null
  reportingYearStartMonth?: number | null
  channelLimits?: { channel: Channel; limit: number; id?: string | null }[] | null
  frequency?: { channel: Channel; targetPerWeek: number; maxPerDay: number; id?: string | null }[] | null
  /** FORBID-1 lists, one phrase an item (src/policy/phraseList.ts). */
  forbiddenPatterns?: string[] | null
  allowedPhrases?: string[] | null
  // GOV-1: the organisation's answers to the guide's questions.
  whatWeCommunicate?: string | null
  whoCommunicates?: string | null
  teamMeetingPlace?: string | null
  discussionInvited?: 'yes' | 'no' | 'someSubjects' | null
  discussionNote?: string | null
  /** PRIV-4: months a photo consent's record is kept after it ends (default retention date). */
  consentRetentionMonths?: number | null
  redirection?: { organisationPhone?: string | null; messageFr?: string | null; messageEn?: string | null }
  codeOfConduct?: { version?: number | null; publishedAt?: string | null; textFr?: string | null; textEn?: string | null }
  keyDates?: { label: string; date: string; yearly?: boolean | null; id?: string | null }[] | null
  updatedAt?: string | null
  createdAt?: string | null
}
