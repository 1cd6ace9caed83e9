import type { Endpoint } from 'payload'

import { relationId, relationIds } from '../../hooks/engine/snapshot'
import { slugsOf } from '../slugs'
import { commonTextOf, publishedText } from '../text/publishedText'
import { translate } from '../translations'
import { refuse, staffDelivery } from './endpointGuards'

type Id = number | string
type PostDoc = { body?: unknown; media?: unknown; channels?: { channel?: string | null; text?: string | null }[] | null }
type MediaDoc = { id: Id; filename?: string | null; url?: string | null; alt?: string | null; mimeType?: string | null }

export type ManualContent = {
  network: string
  text: string
  images: { filename: string; url: string; alt: string }[]
}

/**
 * `GET /api/deliveries/:id/manual` — for a network published by hand (no connector): the text to copy,
 * as that network would receive it (the same text CHAN-1 counts), and the post's images to download
 * with their alternative text. Read with the person's own access (staff).
 */
export const manualContentEndpoint: Endpoint = {
  path: '/:id/manual',
  method: 'get',
  handler: async (req) => {
    const language = req.i18n?.language
    const staff = await staffDelivery(req)
    if ('refusal' in staff) return staff.refusal
    const { delivery } = staff
    if (relationId(delivery.channelAccount) !== null) return refuse(400, [{ message: translate(language, 'deliveries:notManual') }])
    const read = { depth: 0, user: req.user, overrideAccess: false, req } as const
    const postId = relationId(delivery.post)
    const post =
      postId === null
        ? null
        : ((await req.payload
            .findByID({ collection: slugsOf(req).posts, id: postId, draft: true, ...read })
            .catch(() => null)) as PostDoc | null)
    if (!post) return refuse(404, [{ message: translate(language, 'deliveries:notFound') }])
    const own = (post.channels ?? []).find((row) => row.channel === delivery.network)?.text
    const ids = relationIds(post.media)
    const found =
      ids.length === 0
        ? []
        : ((await req.payload.find({ collection: slugsOf(req).media, where: { id: { in: ids } }, limit: 0, pagination: false, ...read }))
            .docs as MediaDoc[])
    const byId = new Map(found.map((doc) => [String(doc.id), doc]))
    const images = ids
      .map((id) => byId.get(String(id)))
      .filter((doc): doc is MediaDoc => Boolean(doc?.url && doc.filename))
      .map((doc) => ({ filename: doc.filename!, url: doc.url!, alt: doc.alt ?? '' }))
    const content: ManualContent = { network: delivery.network, text: publishedText(own, commonTextOf(post.body)).text, images }
    return Response.json(content, { headers: { 'cache-control': 'no-store' } })
  },
}
