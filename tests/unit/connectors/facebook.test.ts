import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { facebookConnector as facebook } from '../../../src/connectors/facebook'
import type { Failure, OutgoingImage, OutgoingPost } from '../../../src/connectors/types'
import { startFakeFacebook, type FakeFacebook } from '../../fakes/facebook'

let fb: FakeFacebook
/** Every outcome the connector gave in a test: none may carry the token. */
const outcomes: unknown[] = []
const seen = <T>(outcome: T): T => {
  outcomes.push(outcome)
  return outcome
}

beforeEach(async () => {
  outcomes.length = 0
  fb = await startFakeFacebook()
})

afterEach(async () => {
  try {
    expect(JSON.stringify(outcomes)).not.toContain(fb.token)
    expect(JSON.stringify(fb.requests)).not.toContain(fb.token)
    expect(fb.requests.filter((request) => request.tokenVia !== 'header')).toEqual([])
  } finally {
    await fb.close()
  }
})

const credentials = () => ({ graphUrl: fb.graphUrl, pageId: fb.pageId, pageToken: fb.token })
const image = (name: string, alt = `A photo of ${name}`): OutgoingImage => ({
  filename: `${name}.png`,
  mimeType: 'image/png',
  data: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, name.length]),
  alt,
})
const outgoing = (text: string, images: OutgoingImage[] = []): OutgoingPost => ({ text, language: 'fr', images })
const options = { timeoutMs: 5_000 }
const publish = (post: OutgoingPost, firstAttemptAt = fb.now()) =>
  facebook.publish({ credentials: credentials(), post, idempotencyKey: 'delivery-1', firstAttemptAt, ...options }).then(seen)
const reconcile = (post: OutgoingPost, firstAttemptAt: Date) =>
  facebook.reconcile({ credentials: credentials(), post, idempotencyKey: 'delivery-1', firstAttemptAt, ...options }).then(seen)
const remove = (remoteId: string) => facebook.remove({ credentials: credentials(), remoteId, ...options }).then(seen)
const testConnection = () => facebook.testConnection(credentials(), options).then(seen)
const feedPath = () => `POST /${fb.pageId}/feed`

function failureOf(outcome: { kind: string; failure?: Failure }): Failure {
  expect(outcome.kind).toBe('failed')
  return outcome.failure as Failure
}

describe('Facebook connector: content checks', () => {
  it('refuses a missing alt text and 11 images before any request', async () => {
    const noAlt = outgoing('Portes ouvertes samedi', [image('hall', '  ')])
    expect(facebook.checkContent(noAlt)).toMatchObject({
      reason: 'rejected',
      retryable: false,
      detail: expect.stringContaining('alt text'),
    })
    const eleven = outgoing(
      'Album',
      Array.from({ length: 11 }, (_, index) => image(`photo${index}`)),
    )
    expect(facebook.checkContent(eleven)).toMatchObject({
      reason: 'rejected',
      retryable: false,
      detail: expect.stringContaining('11 images'),
    })

    expect(failureOf(await publish(noAlt)).reason).toBe('rejected')
    expect(failureOf(await publish(eleven)).reason).toBe('rejected')
    expect(fb.requests).toEqual([])
  })

  it('counts text in UTF-16 units, and refuses oversize images, long alt texts and empty text', () => {
    expect(facebook.checkContent(outgoing('é'.repeat(63_206)))).toBeNull()
    expect(facebook.checkContent(outgoing('😀'.repeat(31_604)))?.detail).toContain('63208 UTF-16 units')
    const big = { ...image('big'), data: new Uint8Array(4 * 1024 * 1024 + 1) }
    expect(facebook.checkContent(outgoing('Grande photo', [big]))?.detail).toContain('bytes')
    expect(facebook.checkContent(outgoing('Alt', [image('long', 'a'.repeat(1001))]))?.detail).toContain('alt text is 1001')
    expect(facebook.checkContent(outgoing('   '))?.detail).toBe('text is empty')
    expect(
      facebook.checkContent(
        outgoing(
          'Dix photos',
          Array.from({ length: 10 }, (_, index) => image(`p${index}`)),
        ),
      ),
    ).toBeNull()
  })
})

describe('Facebook connector: testConnection', () => {
  it('reads the Page name', async () => {
    expect(await testConnection()).toEqual({ state: 'ok', accountName: fb.pageName })
    expect(fb.requests).toMatchObject([{ method: 'GET', path: `/v21.0/${fb.pageId}`, query: 'fields=id%2Cname' }])
  })

  it('an expired token (190) means reconnect; so does publishing with it, without retry', async () => {
    fb.expireToken()
    expect(await testConnection()).toMatchObject({ state: 'reconnect', detail: expect.stringContaining('190/463') })
    const failure = failureOf(await publish(outgoing('Après expiration')))
    expect(failure).toMatchObject({ reason: 'reconnect', retryable: false, status: 400 })
    expect(fb.posts).toEqual([])
  })

  it('a 502 or no answer says nothing about the token: unreachable', async () => {
    fb.failNext('GET', { status: 502, body: '<html><body>Bad Gateway</body></html>' })
    expect(await testConnection()).toMatchObject({ state: 'unreachable', detail: expect.stringContaining('502') })
    fb.dropNext('GET')
    expect((await testConnection()).state).toBe('unreachable')
  })

  it('throttling is rateLimited with a time', async () => {
    fb.failNextWithCode('GET', 80001)
    const health = await testConnection()
    expect(health.state).toBe('rateLimited')
    expect(health.state === 'rateLimited' && health.retryAt).toBeInstanceOf(Date)
  })

  it('scrubs the token from a Graph message that echoes it', async () => {
    fb.failNext('GET', {
      status: 400,
      body: { error: { message: `Malformed access token ${fb.token}`, type: 'OAuthException', code: 190 } },
    })
    const health = await testConnection()
    expect(health).toMatchObject({ state: 'reconnect', detail: expect.stringContaining('[redacted]') })
  })
})

describe('Facebook connector: publish', () => {
  it('posts a text to the feed and answers its id and permalink', async () => {
    const outcome = await publish(outgoing('Assemblée générale jeudi à 19 h'))
    expect(fb.posts).toHaveLength(1)
    const [post] = fb.posts
    expect(post).toMatchObject({ message: 'Assemblée générale jeudi à 19 h', photoIds: [] })
    expect(outcome).toEqual({
      kind: 'posted',
      remoteId: post.id,
      url: `https://www.facebook.com/${fb.pageId}/posts/${post.id.split('_')[1]}`,
    })
    expect(post.id).toMatch(new RegExp(`^${fb.pageId}_\\d+$`))
  })

  it('uploads two unpublished photos, with their alt text, and attaches both to one post', async () => {
    const outcome = await publish(outgoing('Retour en images', [image('stand'), image('public')]))
    expect(fb.posts).toHaveLength(1)
    const [post] = fb.posts
    expect(outcome).toMatchObject({ kind: 'posted', remoteId: post.id })
    expect(fb.photos).toHaveLength(2)
    expect(
      fb.photos.map((photo) => ({
        published: photo.published,
        attachedTo: photo.attachedTo,
        altText: photo.altText,
        filename: photo.filename,
      })),
    ).toEqual([
      { published: false, attachedTo: post.id, altText: 'A photo of stand', filename: 'stand.png' },
      { published: false, attachedTo: post.id, altText: 'A photo of public', filename: 'public.png' },
    ])
    expect(post.photoIds).toEqual(fb.photos.map((photo) => photo.id))
    expect(fb.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      `POST /v21.0/${fb.pageId}/photos`,
      `POST /v21.0/${fb.pageId}/photos`,
      `POST /v21.0/${fb.pageId}/feed`,
    ])
  })

  it('a failed photo upload makes no post and is retryable', async () => {
    fb.dropNext(`POST /${fb.pageId}/photos`)
    const failure = failureOf(await publish(outgoing('Photo perdue', [image('lost')])))
    expect(failure).toMatchObject({ reason: 'temporary', retryable: true })
    expect(fb.posts).toEqual([])
  })

  it('a dropped answer on the feed is unknown; reconcile then finds the one post', async () => {
    const firstAttemptAt = fb.now()
    const post = outgoing('Fête de quartier dimanche', [image('affiche')])
    fb.dropNext(feedPath())
    const outcome = await publish(post, firstAttemptAt)
    expect(outcome.kind).toBe('unknown')
    expect(fb.posts).toHaveLength(1)

    const found = await reconcile(post, firstAttemptAt)
    expect(found).toMatchObject({ kind: 'posted', remoteId: fb.posts[0].id })
    expect(fb.posts).toHaveLength(1)
    expect(fb.requests.at(-1)).toMatchObject({ method: 'GET', path: `/v21.0/${fb.pageId}/published_posts` })
  })

  it('the same message again is a duplicate (506): unknown, not failed, and no second post', async () => {
    const post = outgoing('Collecte de jouets samedi')
    expect((await publish(post)).kind).toBe('posted')
    const again = await publish(post)
    expect(again).toMatchObject({ kind: 'unknown', detail: expect.stringContaining('506') })
    expect(fb.posts).toHaveLength(1)
  })

  it('a 502 on the feed is a temporary failure', async () => {
    fb.failNext(feedPath(), { status: 502, body: '<html><body>Bad Gateway</body></html>' })
    expect(failureOf(await publish(outgoing('Panne')))).toMatchObject({ reason: 'temporary', retryable: true, status: 502 })
  })

  it.each([
    [190, 'reconnect', false],
    [102, 'reconnect', false],
    [10, 'reconnect', false],
    [200, 'reconnect', false],
    [299, 'reconnect', false],
    [4, 'rateLimited', true],
    [17, 'rateLimited', true],
    [32, 'rateLimited', true],
    [341, 'rateLimited', true],
    [613, 'rateLimited', true],
    [80001, 'rateLimited', true],
    [368, 'temporary', true],
    [1, 'temporary', true],
    [2, 'temporary', true],
    [100, 'rejected', false],
  ] as const)('Graph code %i on the feed is %s (retryable: %s)', async (code, reason, retryable) => {
    fb.failNextWithCode(feedPath(), code)
    const failure = failureOf(await publish(outgoing(`Code ${code}`)))
    expect(failure).toMatchObject({ reason, retryable, status: 400, detail: expect.stringContaining(`Graph ${code}`) })
    if (reason === 'rateLimited') expect(failure.retryAt!.getTime()).toBeGreaterThan(Date.now())
    if (code === 368) expect(failure.retryAt!.getTime()).toBeGreaterThan(Date.now() + 23 * 3600_000)
    expect(fb.posts).toEqual([])
  })
})

describe('Facebook connector: reconcile', () => {
  it('nothing posted: absent', async () => {
    expect(await reconcile(outgoing('Jamais envoyé'), fb.now())).toEqual({ kind: 'absent' })
  })

  it('ignores the same text posted before the first attempt', async () => {
    const post = outgoing('Réunion mensuelle')
    await publish(post)
    fb.advance(2 * 3600_000)
    expect(await reconcile(post, fb.now())).toEqual({ kind: 'absent' })
  })

  it('reads further pages to find an older post', async () => {
    const firstAttemptAt = fb.now()
    const post = outgoing('Le tout premier')
    const first = await publish(post, firstAttemptAt)
    for (let index = 0; index < 30; index++) await publish(outgoing(`Suivant ${index}`))
    expect(await reconcile(post, firstAttemptAt)).toEqual(first)
    expect(fb.requests.filter((request) => request.path.endsWith('/published_posts'))).toHaveLength(2)
  })
})

describe('Facebook connector: remove', () => {
  it('deletes a post; an unknown one is gone', async () => {
    const outcome = await publish(outgoing('À retirer'))
    expect(outcome.kind).toBe('posted')
    const remoteId = outcome.kind === 'posted' ? outcome.remoteId : ''
    expect(await remove(remoteId)).toEqual({ kind: 'removed' })
    expect(fb.posts).toEqual([])
    expect(fb.deleted).toEqual([remoteId])
    expect(await remove(remoteId)).toEqual({ kind: 'gone' })
    expect(await remove(`${fb.pageId}_123`)).toEqual({ kind: 'gone' })
  })

  it('a throttled takedown (code 32) is rateLimited until the window passes, then finishes', async () => {
    await publish(outgoing('Premier à retirer'))
    await publish(outgoing('Second à retirer'))
    const [first, second] = fb.posts.map((post) => post.id)
    fb.throttleDeletes(1, { code: 32, windowMinutes: 60 })
    expect(await remove(first)).toEqual({ kind: 'removed' })

    const failure = failureOf(await remove(second))
    expect(failure).toMatchObject({ reason: 'rateLimited', retryable: true, detail: expect.stringContaining('Graph 32') })
    const waitMs = failure.retryAt!.getTime() - Date.now()
    expect(waitMs).toBeGreaterThan(59 * 60_000)
    expect(waitMs).toBeLessThanOrEqual(60 * 60_000)
    expect(fb.posts.map((post) => post.id)).toEqual([second])

    fb.advance(61 * 60_000)
    expect(await remove(second)).toEqual({ kind: 'removed' })
    expect(fb.deleted).toEqual([first, second])
  })

  it('an app throttle (code 4) without minutes waits a default 15 minutes', async () => {
    await publish(outgoing('Encore un'))
    fb.throttleDeletes(0, { code: 4 })
    const failure = failureOf(await remove(fb.posts[0].id))
    expect(failure.reason).toBe('rateLimited')
    const waitMs = failure.retryAt!.getTime() - Date.now()
    expect(waitMs).toBeGreaterThan(14 * 60_000)
    expect(waitMs).toBeLessThanOrEqual(15 * 60_000)
  })

  it('a 502 is temporary; no answer too', async () => {
    fb.failNext('DELETE', { status: 502, body: 'Bad Gateway' })
    expect(failureOf(await remove(`${fb.pageId}_1`))).toMatchObject({ reason: 'temporary', retryable: true, status: 502 })
    fb.dropNext('DELETE')
    expect(failureOf(await remove(`${fb.pageId}_1`))).toMatchObject({ reason: 'temporary', retryable: true })
  })
})
