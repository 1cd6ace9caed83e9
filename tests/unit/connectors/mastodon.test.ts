import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest'

import { createMastodonConnector, plainTextOf } from '../../../src/connectors/mastodon'
import type { MastodonCredentials, OutgoingImage, OutgoingPost, PublishRequest } from '../../../src/connectors/types'
import { type FakeMastodon, startFakeMastodon } from '../../fakes/mastodon'

const TOKEN = 'mastodon-test-token-7f3a9c1e'
const HOUR = 60 * 60_000

const connector = createMastodonConnector({ mediaWait: { firstMs: 5, maxStepMs: 20, maxTotalMs: 2_000 } })

/** Every outcome of the file, checked at the end for the token. */
const outcomes: unknown[] = []
function kept<T>(outcome: T): T {
  outcomes.push(outcome)
  return outcome
}

let fake: FakeMastodon
let credentials: MastodonCredentials

beforeEach(async () => {
  fake = await startFakeMastodon({ token: TOKEN })
  credentials = { instanceUrl: `${fake.url}/`, accessToken: TOKEN }
})

afterEach(async () => {
  expect(JSON.stringify(fake.requests)).not.toContain(TOKEN)
  await fake.close()
})

afterAll(() => {
  expect(outcomes.length).toBeGreaterThan(20)
  expect(JSON.stringify(outcomes)).not.toContain(TOKEN)
})

function image(position: number, alt = `Photo ${position} of the neighbourhood party`): OutgoingImage {
  return { filename: `photo-${position}.png`, mimeType: 'image/png', data: new Uint8Array([0x89, 0x50, 0x4e, 0x47, position]), alt }
}

function post(text: string, images: OutgoingImage[] = []): OutgoingPost {
  return { text, language: 'fr', images }
}

let deliveries = 0
function request(outgoing: OutgoingPost, extra: Partial<PublishRequest<MastodonCredentials>> = {}): PublishRequest<MastodonCredentials> {
  return { credentials, post: outgoing, idempotencyKey: `delivery-${++deliveries}`, firstAttemptAt: new Date(), ...extra }
}

const publish = async (outgoing: OutgoingPost, extra: Partial<PublishRequest<MastodonCredentials>> = {}) =>
  kept(await connector.publish(request(outgoing, extra)))

const reconcile = async (outgoing: OutgoingPost, idempotencyKey: string, firstAttemptAt: Date) =>
  kept(await connector.reconcile({ credentials, post: outgoing, idempotencyKey, firstAttemptAt }))

const remove = async (remoteId: string) => kept(await connector.remove({ credentials, remoteId }))

const statusPosts = () => fake.requests.filter((logged) => logged.method === 'POST' && logged.path === '/api/v1/statuses')

describe('publish', () => {
  it('uploads each image with its description, then posts one status with them and gives its URL', async () => {
    const outcome = await publish(post('Fête des voisins samedi !', [image(1), image(2)]))

    expect(outcome.kind).toBe('posted')
    expect(fake.statuses.size).toBe(1)
    const [status] = fake.statuses.values()
    expect(outcome).toEqual({ kind: 'posted', remoteId: status.id, url: status.url })
    expect(status.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/@balises\/\d+$/)
    expect(status).toMatchObject({ text: 'Fête des voisins samedi !', language: 'fr', visibility: 'public' })
    expect(status.mediaIds.map((id) => fake.media.get(id))).toMatchObject([
      { filename: 'photo-1.png', mimeType: 'image/png', size: 5, description: 'Photo 1 of the neighbourhood party', statusId: status.id },
      { filename: 'photo-2.png', mimeType: 'image/png', size: 5, description: 'Photo 2 of the neighbourhood party', statusId: status.id },
    ])
  })

  it('waits for a media still processing (202, then 206 on each poll) before posting the status', async () => {
    fake.setMediaProcessing({ polls: 3 })
    const outcome = await publish(post('Avec une photo', [image(1)]))

    expect(outcome.kind).toBe('posted')
    const answers = fake.requests.map((logged) => `${logged.method} ${logged.path.replace(/\d+$/, ':id')} ${logged.status}`)
    expect(answers).toEqual([
      'POST /api/v2/media 202',
      'GET /api/v1/media/:id 206',
      'GET /api/v1/media/:id 206',
      'GET /api/v1/media/:id 206',
      'GET /api/v1/media/:id 200',
      'POST /api/v1/statuses 200',
    ])
    expect([...fake.statuses.values()][0].mediaIds).toHaveLength(1)
  })

  it('also waits for a media processed after some time, and gives up (temporary) when it never is', async () => {
    fake.setMediaProcessing({ ms: 60 })
    expect((await publish(post('Bientôt prête', [image(1)]))).kind).toBe('posted')

    fake.setMediaProcessing({ polls: 1_000_000 })
    const impatient = createMastodonConnector({ mediaWait: { firstMs: 5, maxStepMs: 10, maxTotalMs: 80 } })
    const outcome = kept(await impatient.publish(request(post('Jamais prête', [image(1)]))))
    expect(outcome).toMatchObject({ kind: 'failed', failure: { reason: 'temporary', retryable: true } })
    expect(fake.statuses.size).toBe(1)
  })

  it('the fake refuses, as Mastodon, a status with media still processing', async () => {
    fake.setMediaProcessing({ polls: 5 })
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array([1, 2, 3])], { type: 'image/png' }), 'a.png')
    const headers = { Authorization: `Bearer ${TOKEN}` }
    const upload = await fetch(`${fake.url}/api/v2/media`, { method: 'POST', headers, body: form })
    const { id } = (await upload.json()) as { id: string }
    const status = await fetch(`${fake.url}/api/v1/statuses`, {
      method: 'POST',
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: JSON.stringify({ status: 'trop tôt', media_ids: [id] }),
    })
    expect(upload.status).toBe(202)
    expect(status.status).toBe(422)
    expect(await status.json()).toEqual({ error: 'Cannot attach files that have not finished processing. Try again in a moment!' })
    expect(status.headers.get('x-ratelimit-limit')).toBe('300')
  })

  it('publishing twice with the same idempotency key makes one status', async () => {
    const once = request(post('Une seule fois'))
    const first = kept(await connector.publish(once))
    const second = kept(await connector.publish(once))

    expect(first.kind).toBe('posted')
    expect(second).toEqual(first)
    expect(fake.statuses.size).toBe(1)
    expect(statusPosts()).toHaveLength(2)

    // Mastodon keeps a key for 1 hour: past it, the same key makes a new status.
    fake.advanceClock(HOUR + 1_000)
    const later = kept(await connector.publish(once))
    expect(later.kind === 'posted' && later.remoteId).not.toBe(first.kind === 'posted' && first.remoteId)
    expect(fake.statuses.size).toBe(2)
  })

  it('a media upload that gets no answer is temporary, and no status is made', async () => {
    fake.dropNext('POST /api/v2/media')
    const outcome = await publish(post('Photo perdue', [image(1)]))

    expect(outcome).toMatchObject({ kind: 'failed', failure: { reason: 'temporary', retryable: true } })
    expect(fake.statuses.size).toBe(0)
    expect(statusPosts()).toHaveLength(0)
  })

  it('a 502 is temporary and retryable, never a reconnect', async () => {
    fake.failNext('POST /api/v1/statuses', { status: 502, body: '<html>502 Bad Gateway</html>' })
    const outcome = await publish(post('Passerelle en panne'))

    expect(outcome).toMatchObject({ kind: 'failed', failure: { reason: 'temporary', retryable: true, status: 502 } })
    expect(fake.statuses.size).toBe(0)
  })

  it('a revoked token: reconnect, not retryable, for publish and for testConnection', async () => {
    fake.revokeToken()
    const outcome = await publish(post('Jeton révoqué', [image(1)]))
    const health = kept(await connector.testConnection(credentials))

    expect(outcome).toMatchObject({ kind: 'failed', failure: { reason: 'reconnect', retryable: false, status: 401 } })
    expect(outcome.kind === 'failed' && outcome.failure.detail).toContain('The access token is invalid')
    expect(health).toMatchObject({ state: 'reconnect' })
    expect(fake.media.size).toBe(0)
  })

  it('a server that echoes the token back: the detail keeps its words, not the token', async () => {
    fake.failNext('POST /api/v1/statuses', { status: 500, body: { error: `Unexpected Authorization: Bearer ${TOKEN}` } })
    const outcome = await publish(post('Serveur bavard'))

    expect(outcome).toMatchObject({ kind: 'failed', failure: { reason: 'temporary', status: 500 } })
    expect(outcome.kind === 'failed' && outcome.failure.detail).toContain('Unexpected Authorization: Bearer [token]')
  })

  it('a refusal of the server (422) is rejected, with its words', async () => {
    fake.failNext('/api/v1/statuses', { status: 422, body: { error: 'Validation failed: Text character limit of 500 exceeded' } })
    const outcome = await publish(post('Refusé par le serveur'))

    expect(outcome).toMatchObject({ kind: 'failed', failure: { reason: 'rejected', retryable: false, status: 422 } })
    expect(outcome.kind === 'failed' && outcome.failure.detail).toContain('Text character limit of 500 exceeded')
  })
})

describe('checkContent: what Mastodon would refuse never leaves', () => {
  const refusal = (outgoing: OutgoingPost) => kept(connector.checkContent(outgoing))

  it('counts characters, each link as 23, and refuses 501', async () => {
    expect(refusal(post('a'.repeat(500)))).toBeNull()
    expect(refusal(post('a'.repeat(501)))).toEqual({
      reason: 'rejected',
      retryable: false,
      detail: 'text is 501 characters, Mastodon allows 500',
    })
    expect(refusal(post('é'.repeat(500)))).toBeNull()

    const longLink = `https://example.org/inscriptions/${'fete-des-voisins-'.repeat(12)}2026`
    const withLink = `${'a'.repeat(476)} ${longLink}`
    expect([...withLink].length).toBeGreaterThan(600)
    expect(refusal(post(withLink))).toBeNull()
    // The fake counts as Mastodon does: it takes it.
    expect((await publish(post(withLink))).kind).toBe('posted')
    expect(refusal(post(`${withLink}!`))).toMatchObject({ detail: 'text is 501 characters, Mastodon allows 500' })
  })

  it('refuses a missing or too long description, too many or too big images', () => {
    expect(refusal(post('Deux photos', [image(1), image(2, '  ')]))).toEqual({
      reason: 'rejected',
      retryable: false,
      detail: 'image 2 has no description',
    })
    expect(
      refusal(
        post(
          'Cinq photos',
          [1, 2, 3, 4, 5].map((n) => image(n)),
        ),
      ),
    ).toMatchObject({ detail: '5 images, Mastodon allows 4' })
    expect(
      refusal(
        post(
          'Quatre photos',
          [1, 2, 3, 4].map((n) => image(n)),
        ),
      ),
    ).toBeNull()
    expect(refusal(post('Longue description', [image(1, 'd'.repeat(1501))]))).toMatchObject({
      detail: "image 1's description is 1501 characters, Mastodon allows 1500",
    })
    const big = { ...image(1), data: new Uint8Array(16 * 1024 * 1024 + 1) }
    expect(refusal(post('Grosse photo', [big]))).toMatchObject({ detail: 'image 1 is 16.01 MB, Mastodon allows 16 MB' })
    expect(refusal(post('   '))).toMatchObject({ reason: 'rejected' })
  })

  it('publish refuses the same before any request reaches the server', async () => {
    const tooLong = await publish(post('a'.repeat(501)))
    const noAlt = await publish(post('Sans description', [image(1, '')]))

    expect(tooLong).toMatchObject({ kind: 'failed', failure: { reason: 'rejected', retryable: false } })
    expect(noAlt).toMatchObject({ kind: 'failed', failure: { detail: 'image 1 has no description' } })
    expect(fake.requests).toEqual([])
  })
})

describe('reconcile: an unknown outcome is settled without a second status', () => {
  it('an answer lost after the status was made: unknown, then reconcile finds that same status', async () => {
    const firstAttemptAt = new Date()
    const outgoing = post('Réponse perdue', [image(1)])
    fake.dropNext('POST /api/v1/statuses')
    const lost = await publish(outgoing, { idempotencyKey: 'lost-answer', firstAttemptAt })

    expect(lost.kind).toBe('unknown')
    expect(fake.statuses.size).toBe(1)
    const [made] = fake.statuses.values()

    const settled = await reconcile(outgoing, 'lost-answer', firstAttemptAt)
    expect(settled).toEqual({ kind: 'posted', remoteId: made.id, url: made.url })
    expect(fake.statuses.size).toBe(1)
    expect(made.mediaIds).toHaveLength(1)
  })

  it('within the hour, a key the server never saw: absent, and the replay made nothing', async () => {
    const firstAttemptAt = new Date()
    const outgoing = post('Jamais arrivé', [image(1)])
    fake.failNext('POST /api/v1/statuses', { status: 503 })
    expect((await publish(outgoing, { idempotencyKey: 'never-seen', firstAttemptAt })).kind).toBe('failed')

    expect(await reconcile(outgoing, 'never-seen', firstAttemptAt)).toEqual({ kind: 'absent' })
    expect(fake.statuses.size).toBe(0)
  })

  it('after 2 hours, reads the account’s statuses: the same text made since the first attempt is posted', async () => {
    const text = 'Fête & café <gratuits> !\n\nInscriptions : https://example.org/inscriptions/fete-des-voisins-2026?ref=balises #voisins'
    const outgoing = post(text)
    const made = await publish(outgoing)
    const postsBefore = statusPosts().length

    const settled = await reconcile(outgoing, 'expired-key', new Date(Date.now() - 2 * HOUR))
    expect(settled).toEqual(made)
    expect(statusPosts()).toHaveLength(postsBefore)
  })

  it('after 2 hours, nothing with that text since the first attempt: absent', async () => {
    const outgoing = post('Perdu depuis longtemps')
    fake.addStatus({ text: 'Perdu depuis longtemps', createdAt: new Date(Date.now() - 3 * HOUR) })
    fake.addStatus({ text: 'Un autre message' })

    expect(await reconcile(outgoing, 'old-key', new Date(Date.now() - 2 * HOUR))).toEqual({ kind: 'absent' })
    expect(statusPosts()).toHaveLength(0)
  })

  it('turns a status’s HTML back into its text', () => {
    expect(plainTextOf('<p>Fête &amp; café &lt;ok&gt; &#39;oui&#39;<br />ligne</p><p>#<span>tag</span> &#x1F600;</p>')).toBe(
      "Fête & café <ok> 'oui'\nligne\n\n#tag 😀",
    )
  })
})

describe('remove', () => {
  it('deletes the status; an unknown one is gone', async () => {
    const made = fake.addStatus({ text: 'À supprimer' })

    expect(await remove(made.id)).toEqual({ kind: 'removed' })
    expect(fake.deleted).toEqual([made.id])
    expect(fake.statuses.size).toBe(0)
    expect(await remove(made.id)).toEqual({ kind: 'gone' })
    expect(await remove('424242')).toEqual({ kind: 'gone' })
  })

  it('the 31st deletion in 30 minutes is rate limited until the reset the server gives', async () => {
    const made = Array.from({ length: 31 }, (_, index) => fake.addStatus({ text: `Message ${index}` }))
    for (const status of made.slice(0, 30)) expect(await remove(status.id)).toEqual({ kind: 'removed' })

    const limited = await remove(made[30].id)
    const window = fake.deletionWindow()
    expect(limited).toMatchObject({ kind: 'failed', failure: { reason: 'rateLimited', retryable: true, status: 429 } })
    expect(limited.kind === 'failed' && limited.failure.retryAt).toEqual(window.reset)
    expect(window).toMatchObject({ limit: 30, remaining: 0 })
    expect(fake.statuses.has(made[30].id)).toBe(true)

    fake.advanceClock(window.reset.getTime() - Date.now() + 1_000)
    expect(await remove(made[30].id)).toEqual({ kind: 'removed' })
  })
})

describe('testConnection', () => {
  it('names the account', async () => {
    expect(kept(await connector.testConnection(credentials))).toEqual({ state: 'ok', accountName: '@balises' })
  })

  it('rate limited with the reset, unreachable on a 5xx or no answer', async () => {
    const reset = new Date(Date.now() + 5 * 60_000)
    reset.setMilliseconds(0)
    fake.failNext('verify_credentials', {
      status: 429,
      headers: { 'X-RateLimit-Limit': '300', 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': reset.toISOString() },
      body: { error: 'Too many requests' },
    })
    fake.failNext('verify_credentials', { status: 503 })
    fake.dropNext('verify_credentials')

    expect(kept(await connector.testConnection(credentials))).toEqual({ state: 'rateLimited', retryAt: reset, detail: expect.any(String) })
    expect(kept(await connector.testConnection(credentials))).toMatchObject({ state: 'unreachable' })
    expect(kept(await connector.testConnection(credentials))).toMatchObject({ state: 'unreachable' })
  })
})
