import { Buffer } from 'node:buffer'
import { crc32, deflateSync } from 'node:zlib'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { blueskyConnector as connector, recordKeyFor } from '../../src/connectors/bluesky'
import type { BlueskyCredentials, OutgoingImage, OutgoingPost, PublishOutcome, PublishRequest } from '../../src/connectors/types'
import { type Account, type LocalPds, startPds } from './pds'

/**
 * The Bluesky connector against a real PDS (@atproto/dev-env), with the PDS's rate limits on: each
 * test has its own account, so only the rate-limit test reaches createSession's 30 per 5 minutes.
 */

let pds: LocalPds
const appPasswords: string[] = []
/** Every outcome of the file, checked by the last test for the app passwords. */
const outcomes: unknown[] = []
const kept = <T>(outcome: T): T => {
  outcomes.push(outcome)
  return outcome
}

beforeAll(async () => {
  const started = Date.now()
  pds = await startPds({ rateLimits: true })
  console.info(`PDS started in ${Date.now() - started} ms at ${pds.service}`)
})

afterAll(async () => {
  await pds?.close()
})

async function connectedAccount(handle: string): Promise<{ account: Account; credentials: BlueskyCredentials }> {
  const account = await pds.createAccount(handle)
  const appPassword = await pds.createAppPassword(account, 'balises')
  appPasswords.push(appPassword)
  return { account, credentials: { service: pds.service, identifier: account.handle, appPassword } }
}

/** A valid PNG of that size (black, RGB): the size makes each test's blob its own. */
function png(width: number, height: number): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const typed = Buffer.concat([Buffer.from(type, 'ascii'), data])
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(crc32(typed))
    return Buffer.concat([length, typed, crc])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header[8] = 8 // bits per channel
  header[9] = 2 // RGB
  const rows = Buffer.alloc((width * 3 + 1) * height)
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  return new Uint8Array(Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]))
}

function image(width: number, height: number, alt = 'Affiche de la fête des voisins'): OutgoingImage {
  return { filename: `affiche-${width}x${height}.png`, mimeType: 'image/png', data: png(width, height), alt, width, height }
}

const post = (text: string, images: OutgoingImage[] = []): OutgoingPost => ({ text, language: 'fr', images })

let deliveries = 0
function request(credentials: BlueskyCredentials, outgoing: OutgoingPost): PublishRequest<BlueskyCredentials> {
  return { credentials, post: outgoing, idempotencyKey: `delivery-${++deliveries}`, firstAttemptAt: new Date() }
}

const rkeyOf = (uri: string) => uri.split('/').pop() as string
const urlOf = (input: RequestInfo | URL) => (input instanceof Request ? input.url : String(input))

type Facet = { index: { byteStart: number; byteEnd: number }; features: Record<string, unknown>[] }
type ImagesEmbed = { $type: string; images: { alt: string; aspectRatio?: unknown; image: { ref: { $link: string }; mimeType: string } }[] }

describe('Bluesky connector against a real PDS', () => {
  it('testConnection: the app password logs in; the account name is the handle', async () => {
    const { credentials } = await connectedAccount('connexion.test')
    expect(kept(await connector.testConnection(credentials))).toEqual({ state: 'ok', accountName: 'connexion.test' })
  })

  it('publish: text with accents, a shortened link, a mention and a tag, an image with its alt text', async () => {
    const { account, credentials } = await connectedAccount('publie.test')
    const friend = await pds.createAccount('voisine.test')
    const link = 'https://example.org/un-tres-long-chemin/vers/la-page?x=1'
    const text = `Fête de l’été « été » : ${link} avec @voisine.test et @personne.test #FêteDesVoisins`
    const sent = request(credentials, post(text, [image(4, 3)]))

    const outcome = kept(await connector.publish(sent))

    const rkey = recordKeyFor(sent.idempotencyKey, sent.firstAttemptAt)
    expect(outcome).toEqual({
      kind: 'posted',
      remoteId: `at://${account.did}/app.bsky.feed.post/${rkey}`,
      url: `https://bsky.app/profile/publie.test/post/${rkey}`,
    })
    const stored = await pds.getRecord(`at://${account.did}/app.bsky.feed.post/${rkey}`)
    const value = stored?.value as { text: string; facets: Facet[]; langs: string[]; embed: ImagesEmbed; createdAt: string }
    expect(value.text).toBe('Fête de l’été « été » : example.org/un-tres-long... avec @voisine.test et @personne.test #FêteDesVoisins')
    const bytes = Buffer.from(value.text, 'utf8')
    const covered = value.facets.map((facet) => bytes.subarray(facet.index.byteStart, facet.index.byteEnd).toString('utf8'))
    // The handle that resolves to no account stays plain text.
    expect(covered).toEqual(['example.org/un-tres-long...', '@voisine.test', '#FêteDesVoisins'])
    expect(value.facets[0].index).toEqual({ byteStart: Buffer.byteLength('Fête de l’été « été » : '), byteEnd: 60 })
    expect(value.facets.map((facet) => facet.features[0])).toEqual([
      { $type: 'app.bsky.richtext.facet#link', uri: link },
      { $type: 'app.bsky.richtext.facet#mention', did: friend.did },
      { $type: 'app.bsky.richtext.facet#tag', tag: 'FêteDesVoisins' },
    ])
    expect(value.langs).toEqual(['fr'])
    expect(Date.parse(value.createdAt)).toBeGreaterThan(Date.now() - 60_000)
    expect(value.embed).toMatchObject({
      $type: 'app.bsky.embed.images',
      images: [{ alt: 'Affiche de la fête des voisins', aspectRatio: { width: 4, height: 3 }, image: { mimeType: 'image/png' } }],
    })
    expect(await pds.getBlobStatus(account.did, value.embed.images[0].image.ref.$link)).toBe(200)
  })

  it('checkContent: 301 graphemes are refused before any request leaves', async () => {
    const { account, credentials } = await connectedAccount('trop-long.test')
    let requests = 0
    const counting: typeof fetch = (input, init) => {
      requests++
      return fetch(input, init)
    }

    const outcome = kept(await connector.publish({ ...request(credentials, post('é'.repeat(301))), fetch: counting }))

    expect(outcome).toEqual({
      kind: 'failed',
      failure: { reason: 'rejected', retryable: false, detail: 'text is 301 graphemes (links shortened); Bluesky allows 300' },
    })
    expect(requests).toBe(0)
    expect(await pds.listPosts(account.did)).toEqual([])
    // 300 graphemes pass the check, and the PDS takes them.
    expect(kept(await connector.publish({ ...request(credentials, post('é'.repeat(300))), fetch: counting }))).toMatchObject({
      kind: 'posted',
    })
    expect(requests).toBeGreaterThan(0)
  })

  it('publish twice with the same delivery: one record, never overwritten', async () => {
    const { account, credentials } = await connectedAccount('double.test')
    const sent = request(credentials, post('Une seule fois', [image(5, 5)]))

    const first = kept(await connector.publish(sent))
    const second = kept(await connector.publish(sent))
    const edited = kept(await connector.publish({ ...sent, post: post('Texte modifié entre deux essais') }))

    expect(first.kind).toBe('posted')
    expect(second).toEqual(first)
    expect(edited).toEqual(first)
    const posts = await pds.listPosts(account.did)
    expect(posts).toHaveLength(1)
    expect(posts[0].value.text).toBe('Une seule fois')
  })

  it('two runs of one delivery at once: the later write meets the first record (InvalidSwap) and reports it', async () => {
    const { account, credentials } = await connectedAccount('ensemble.test')
    const sent = request(credentials, post('Deux essais en même temps'))
    let other: PublishOutcome | undefined
    let laterWrite: number | undefined
    const otherRunFirst: typeof fetch = async (input, init) => {
      if (other || !urlOf(input).includes('com.atproto.repo.putRecord')) return fetch(input, init)
      other = kept(await connector.publish(sent))
      const response = await fetch(input, init)
      laterWrite = response.status
      return response
    }

    const outcome = kept(await connector.publish({ ...sent, post: post('Deux essais, le second'), fetch: otherRunFirst }))

    expect(other?.kind).toBe('posted')
    expect(laterWrite).toBe(400)
    expect(outcome).toEqual(other)
    const posts = await pds.listPosts(account.did)
    expect(posts.map((stored) => stored.value.text)).toEqual(['Deux essais en même temps'])
  })

  it('the answer to the write is lost: unknown, then reconcile finds the post', async () => {
    const { account, credentials } = await connectedAccount('perdu.test')
    const sent = request(credentials, post('Réponse perdue'))
    const answerLost: typeof fetch = async (input, init) => {
      const response = await fetch(input, init)
      if (urlOf(input).includes('com.atproto.repo.putRecord')) throw new DOMException('The operation timed out.', 'TimeoutError')
      return response
    }

    expect(kept(await connector.publish({ ...sent, fetch: answerLost }))).toEqual({ kind: 'unknown', detail: 'timeout' })

    const found = kept(await connector.reconcile(sent))
    expect(found).toMatchObject({
      kind: 'posted',
      remoteId: `at://${account.did}/app.bsky.feed.post/${recordKeyFor(sent.idempotencyKey, sent.firstAttemptAt)}`,
    })
    expect(await pds.listPosts(account.did)).toHaveLength(1)
  })

  it('reconcile: absent before publishing, posted (same record) after', async () => {
    const { credentials } = await connectedAccount('reconcilie.test')
    const sent = request(credentials, post('Envoyé, réponse perdue'))

    expect(kept(await connector.reconcile(sent))).toEqual({ kind: 'absent' })
    const posted = kept(await connector.publish(sent))
    expect(kept(await connector.reconcile(sent))).toEqual(posted)
  })

  it('remove: the record is deleted, its image blob no longer served; a second remove says gone', async () => {
    const { account, credentials } = await connectedAccount('retire.test')
    const posted = kept(await connector.publish(request(credentials, post('À retirer', [image(7, 2)]))))
    if (posted.kind !== 'posted') throw new Error(JSON.stringify(posted))
    const stored = await pds.getRecord(posted.remoteId)
    const blobCid = (stored?.value.embed as ImagesEmbed).images[0].image.ref.$link
    expect(await pds.getBlobStatus(account.did, blobCid)).toBe(200)

    expect(kept(await connector.remove({ credentials, remoteId: posted.remoteId }))).toEqual({ kind: 'removed' })

    expect(await pds.getRecord(posted.remoteId)).toBeNull()
    const blobStatus = await pds.getBlobStatus(account.did, blobCid)
    console.info(`getBlob after the post was deleted: ${blobStatus}`)
    expect(blobStatus).toBe(400)
    expect(kept(await connector.remove({ credentials, remoteId: posted.remoteId }))).toEqual({ kind: 'gone' })
  })

  it('remove: a post changed between the read and the delete is kept (InvalidSwap), removed on the next try', async () => {
    const { account, credentials } = await connectedAccount('modifie.test')
    const posted = kept(await connector.publish(request(credentials, post('Avant'))))
    if (posted.kind !== 'posted') throw new Error(JSON.stringify(posted))
    let edited = false
    const editBeforeDelete: typeof fetch = async (input, init) => {
      if (!edited && urlOf(input).includes('com.atproto.repo.deleteRecord')) {
        edited = true
        await pds.editPost(account, rkeyOf(posted.remoteId), 'Modifié par une autre application')
      }
      return fetch(input, init)
    }

    const outcome = kept(await connector.remove({ credentials, remoteId: posted.remoteId, fetch: editBeforeDelete }))

    expect(outcome).toEqual({
      kind: 'failed',
      failure: { reason: 'temporary', retryable: true, status: 400, detail: 'the post changed while it was deleted' },
    })
    expect((await pds.getRecord(posted.remoteId))?.value.text).toBe('Modifié par une autre application')
    expect(kept(await connector.remove({ credentials, remoteId: posted.remoteId }))).toEqual({ kind: 'removed' })
  })

  it('a revoked app password: testConnection says reconnect, publish fails (reconnect, not retried)', async () => {
    const { account, credentials } = await connectedAccount('revoque.test')
    expect(kept(await connector.testConnection(credentials))).toMatchObject({ state: 'ok' })

    await pds.revokeAppPassword(account, 'balises')

    expect(kept(await connector.testConnection(credentials))).toEqual({
      state: 'reconnect',
      detail: '401 AuthenticationRequired: Invalid identifier or password',
    })
    expect(kept(await connector.publish(request(credentials, post('Après révocation'))))).toEqual({
      kind: 'failed',
      failure: { reason: 'reconnect', retryable: false, status: 401, detail: '401 AuthenticationRequired: Invalid identifier or password' },
    })
    expect(await pds.listPosts(account.did)).toEqual([])
  })

  it('429: past createSession’s limit the connector says rateLimited, retryAt from ratelimit-reset', async () => {
    const { credentials } = await connectedAccount('limite.test')
    let limited: Response | undefined
    for (let attempt = 0; attempt < 40 && !limited; attempt++) {
      const response = await fetch(`${pds.service}/xrpc/com.atproto.server.createSession`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ identifier: credentials.identifier, password: credentials.appPassword }),
      })
      await response.arrayBuffer()
      if (response.status === 429) limited = response
    }
    if (!limited) throw new Error('no 429 after 40 sessions')
    const headers = Object.fromEntries([...limited.headers].filter(([name]) => name.startsWith('ratelimit')))
    console.info(`429 headers: ${JSON.stringify(headers)}`)
    expect(headers).toMatchObject({ 'ratelimit-limit': '30', 'ratelimit-remaining': '0', 'ratelimit-policy': '30;w=300' })
    const reset = new Date(Number(headers['ratelimit-reset']) * 1000)

    const health = kept(await connector.testConnection(credentials))
    const outcome = kept(await connector.publish(request(credentials, post('Trop de connexions'))))

    expect(health).toMatchObject({ state: 'rateLimited' })
    if (health.state !== 'rateLimited' || outcome.kind !== 'failed') throw new Error(JSON.stringify({ health, outcome }))
    expect(Math.abs((health.retryAt?.getTime() ?? 0) - reset.getTime())).toBeLessThanOrEqual(1000)
    expect(outcome.failure).toMatchObject({ reason: 'rateLimited', retryable: true, status: 429 })
    expect(Math.abs((outcome.failure.retryAt?.getTime() ?? 0) - reset.getTime())).toBeLessThanOrEqual(1000)
    expect(outcome.failure.retryAt!.getTime()).toBeGreaterThan(Date.now())
  })

  it('no outcome of this file carries an app password', () => {
    expect(outcomes.length).toBeGreaterThan(15)
    expect(appPasswords.length).toBeGreaterThan(5)
    for (const password of appPasswords) expect(JSON.stringify(outcomes)).not.toContain(password)
  })
})
