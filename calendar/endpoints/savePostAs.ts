import type { PayloadRequest } from 'payload'

import type { Post } from '../../dev/payload-types'

type Id = number | string
type PostChange = { publishAt: string | null; publishAt_tz?: string; workflowStatus: Post['workflowStatus']; statusReason?: string }

/**
 * Saves a calendar change as the person (overrideAccess: false): every permission and rule of an
 * ordinary save applies. A refusal comes back as the rules' 400 (or 403) with its field messages;
 * nothing is written.
 */
export async function savePostAs(req: PayloadRequest, id: Id, change: PostChange, extra: Record<string, unknown> = {}): Promise<Response> {
  try {
    const updated = await req.payload.update({
      collection: 'posts',
      id,
      data: change as Partial<Post>,
      user: req.user,
      overrideAccess: false,
      req,
      depth: 0,
    })
    return Response.json({ id: updated.id, publishAt: updated.publishAt ?? null, workflowStatus: updated.workflowStatus, ...extra })
  } catch (error) {
    const status = (error as { status?: number }).status ?? 500
    if (status >= 500) throw error
    const errors = (error as { data?: { errors?: { path: string; message: string }[] } }).data?.errors ?? [
      { path: '', message: (error as Error).message },
    ]
    return Response.json({ errors }, { status })
  }
}
