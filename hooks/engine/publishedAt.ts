import type { WorkflowStatus } from '../../src/workflow'

/**
 * `publishedAt`, the moment a post went out, as a save leaves it. Written by the server alone: set
 * to the save's moment by the save that moves the post to `published` (a workflow action, the
 * calendar, the publication job, a raw stage change alike), kept by every other save (an archived
 * post keeps when it went out). A value sent with the save is never read.
 */
export function publishedAtAfter(
  stored: unknown,
  transition: { from: WorkflowStatus; to: WorkflowStatus } | null,
  moment: Date,
): string | null {
  if (transition?.to === 'published') return moment.toISOString()
  return typeof stored === 'string' && stored !== '' ? stored : null
}
