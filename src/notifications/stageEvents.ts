import type { NotificationKind } from './kinds'

type Id = number | string

export type HistoryRow = { from: string; to: string; by: Id | null; reason?: string | null }

/** Who a stage change concerns, as found by the caller (ids of accounts). */
export type StageAudience = {
  author: Id | null
  responsables: Id[]
  collective: Id[]
  /** CAT-10 posts are approved by the Collective. */
  collectiveApproves: boolean
  /** The move was made by a PRIV-3 / POS-2 cascade, not by a publication run. */
  cascade: boolean
  /** The jobs queue took a published job offer offline at its closing date (CAT-6). */
  offerClosed?: boolean
}

export type StageNotice = { kind: NotificationKind; recipients: Id[] }

/**
 * What a new history row of a post tells whom. Pure: the caller loads the audience. Nobody is told
 * about their own move.
 */
export function stageNotices(row: HistoryRow, audience: StageAudience): StageNotice[] {
  const { author, responsables, collective } = audience
  const notices: StageNotice[] = []
  const add = (kind: NotificationKind, recipients: (Id | null)[]) =>
    notices.push({ kind, recipients: recipients.filter((id): id is Id => id !== null) })

  if (row.to === 'in_review' && row.from !== 'in_review') {
    add('submitted', [...responsables, ...(audience.collectiveApproves ? collective : [])])
  } else if (row.from === 'in_review' && row.to === 'draft' && row.by !== null && !sameId(row.by, author)) {
    add('sentBack', [author])
  } else if (row.to === 'approved' || row.to === 'scheduled' || row.to === 'published') {
    add(row.to, [author])
  } else if (row.to === 'unscheduled' && row.by === null) {
    if (audience.cascade && (row.from === 'approved' || row.from === 'scheduled')) add('cascadeUnscheduled', [...responsables, author])
    else if (!audience.cascade && row.from === 'scheduled') add('publishRefused', [...responsables, author])
  } else if (row.to === 'archived' && row.from === 'published' && row.by === null && audience.offerClosed) {
    add('offerClosed', [...responsables, author])
  }
  return notices
    .map((notice) => ({ ...notice, recipients: unique(notice.recipients).filter((id) => !sameId(id, row.by)) }))
    .filter((notice) => notice.recipients.length > 0)
}

export function sameId(a: Id | null | undefined, b: Id | null | undefined): boolean {
  return a !== null && a !== undefined && b !== null && b !== undefined && String(a) === String(b)
}

function unique(ids: Id[]): Id[] {
  const seen = new Set<string>()
  return ids.filter((id) => (seen.has(String(id)) ? false : (seen.add(String(id)), true)))
}
