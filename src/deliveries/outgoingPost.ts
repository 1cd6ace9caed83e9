import fs from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import type { OutgoingImage, OutgoingPost } from '../connectors/types'
import { relationIds } from '../../hooks/engine/snapshot'
import { commonTextOf, publishedText } from '../text/publishedText'
import { slugsOf } from '../slugs'

type MediaDoc = {
  id: number | string
  filename?: string | null
  mimeType?: string | null
  alt?: string | null
  width?: number | null
  height?: number | null
}
type PostDoc = { body?: unknown; media?: unknown; channels?: { channel?: string | null; text?: string | null }[] | null }

export type OutgoingProblem = { detail: string }

/**
 * What one network receives of a post: its own text or the common text (the same function CHAN-1
 * counts), and the post's images with their alt text, read from the media collection's folder.
 */
export async function outgoingPostOf(payload: Payload, post: PostDoc, network: string): Promise<OutgoingPost | OutgoingProblem> {
  const own = (post.channels ?? []).find((row) => row.channel === network)?.text
  const { text } = publishedText(own, commonTextOf(post.body))
  const ids = relationIds(post.media)
  const images: OutgoingImage[] = []
  if (ids.length > 0) {
    const slug = slugsOf(payload).media
    const found = await payload.find({
      collection: slug,
      where: { id: { in: ids } },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
    })
    const byId = new Map((found.docs as MediaDoc[]).map((doc) => [String(doc.id), doc]))
    const staticDir = (payload.collections[slug].config.upload as { staticDir?: string } | undefined)?.staticDir
    for (const id of ids) {
      const doc = byId.get(String(id))
      if (!doc?.filename || !staticDir) return { detail: `image ${id} is missing` }
      // Only images travel; a video on a post is not sent by this connector version.
      if (!doc.mimeType?.startsWith('image/')) continue
      const data = await fs.readFile(path.join(staticDir, path.basename(doc.filename))).catch(() => null)
      if (!data) return { detail: `the file of image ${doc.filename} is missing` }
      // Required since issue 15 (collections/Media.ts); an image stored before goes nowhere without one.
      if (!doc.alt?.trim()) return { detail: `image ${doc.filename} has no alternative text` }
      images.push({
        filename: doc.filename,
        mimeType: doc.mimeType,
        data: new Uint8Array(data),
        alt: doc.alt.trim(),
        width: doc.width ?? undefined,
        height: doc.height ?? undefined,
      })
    }
  }
  return { text, language: 'fr', images }
}
