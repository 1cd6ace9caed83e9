type HistoryRow = { from?: string | null; to?: string | null; by?: unknown; at?: string | null }

export type StoredPost = {
  workflowStatus?: string | null
  history?: readonly HistoryRow[] | null
  publishAt?: string | null
  updatedAt?: string | null
}

const instant = (value: string | null | undefined): string | null => {
  const parsed = value ? new Date(value) : null
  return parsed && !Number.isNaN(parsed.getTime()) ? parsed.toISOString() : null
}

/** The history's last move to `published`, and whether it is the system creating the post already published. */
function lastPublication(history: readonly HistoryRow[]): { at: string | null; imported: boolean } | null {
  for (let index = history.length - 1; index >= 0; index--) {
    const row = history[index]
    if (row?.to !== 'published') continue
    const bySystem = row.by === null || row.by === undefined
    return { at: instant(row.at), imported: index === 0 && bySystem && (row.from ?? 'draft') === 'draft' }
  }
  return null
}

/**
 * When a post stored before Balises recorded `publishedAt` went out, read from what it kept:
 * - its history's last move to `published` (GOV-4: who, when) — except when that move is the system
 *   creating the post already published (the demo seed, an import): that row is the moment of the
 *   import, and its planned `publishAt` says when it went out;
 * - for a published post without such a move: its planned `publishAt`, then its last change (`updatedAt`).
 * An archived post is dated only when its history has a move to `published`; any other post, never.
 */
export function publishedAtFromHistory(post: StoredPost): string | null {
  const move = lastPublication(Array.isArray(post.history) ? post.history : [])
  const planned = instant(post.publishAt)
  const recorded = move && !(move.imported && planned) ? move.at : null
  if (post.workflowStatus === 'published') return recorded ?? planned ?? instant(post.updatedAt)
  if (post.workflowStatus === 'archived' && move) return recorded ?? planned
  return null
}
