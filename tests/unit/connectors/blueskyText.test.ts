import { UnicodeString } from '@atproto/api'
import { describe, expect, it } from 'vitest'

import { blueskyConnector, composeText, recordKeyFor, resolveMentions, shortLinkText } from '../../../src/connectors/bluesky'
import type { BlueskyCredentials, OutgoingImage, OutgoingPost } from '../../../src/connectors/types'

const TID = /^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$/
const S32 = '234567abcdefghijklmnopqrstuvwxyz'

/** What each facet covers in the text, as the app would show it. */
function covered(text: string, facets: { index: { byteStart: number; byteEnd: number } }[] = []): string[] {
  const unicode = new UnicodeString(text)
  return facets.map((facet) => unicode.slice(facet.index.byteStart, facet.index.byteEnd))
}

function post(text: string, images: OutgoingImage[] = []): OutgoingPost {
  return { text, language: 'fr', images }
}

function image(extra: Partial<OutgoingImage> = {}): OutgoingImage {
  return { filename: 'affiche.png', mimeType: 'image/png', data: new Uint8Array(10), alt: 'Affiche de la fête', ...extra }
}

describe('shortLinkText: links shown as the Bluesky app shortens them', () => {
  it('keeps the host and 13 characters of a longer path, then "..."', () => {
    expect(shortLinkText('https://example.org/un-tres-long-chemin/vers/la-page')).toBe('example.org/un-tres-long...')
    expect(shortLinkText('https://example.org/un-tres-long-chemin/vers/la-page')).toHaveLength(27)
    expect(shortLinkText('https://example.org/?q=une-recherche-longue')).toBe('example.org?q=une-recher...')
  })

  it('drops only the scheme (and a bare "/") when the path is 15 characters or fewer', () => {
    expect(shortLinkText('https://example.org/')).toBe('example.org')
    expect(shortLinkText('https://example.org/fete-de-rue')).toBe('example.org/fete-de-rue')
    expect(shortLinkText('http://example.org/exactly-15-chr')).toBe('example.org/exactly-15-chr')
  })

  it('leaves what is not an http(s) URL alone', () => {
    expect(shortLinkText('example.org/un-tres-long-chemin/vers')).toBe('example.org/un-tres-long-chemin/vers')
    expect(shortLinkText('ftp://example.org/un-tres-long-chemin/vers')).toBe('ftp://example.org/un-tres-long-chemin/vers')
  })
})

describe('composeText: facets at UTF-8 byte offsets, links shortened', () => {
  const link = 'https://example.org/un-tres-long-chemin/vers/la-page?x=1'

  it('gives a link facet the full URL and the shortened text, after accented text', () => {
    const text = composeText(`Fête de l’été « été » : ${link}`)

    expect(text.text).toBe('Fête de l’été « été » : example.org/un-tres-long...')
    expect(text.facets).toEqual([
      { index: { byteStart: 33, byteEnd: 60 }, features: [{ $type: 'app.bsky.richtext.facet#link', uri: link }] },
    ])
    expect(covered(text.text, text.facets)).toEqual(['example.org/un-tres-long...'])
  })

  it('moves the facets after a shortened link to their new offsets', () => {
    const text = composeText(`Voir ${link} #FêteDesVoisins avec @alice.test et example.com/court.`)

    expect(text.text).toBe('Voir example.org/un-tres-long... #FêteDesVoisins avec @alice.test et example.com/court.')
    expect(covered(text.text, text.facets)).toEqual(['example.org/un-tres-long...', '#FêteDesVoisins', '@alice.test', 'example.com/court'])
    expect(text.facets?.map((facet) => facet.features[0])).toEqual([
      { $type: 'app.bsky.richtext.facet#link', uri: link },
      { $type: 'app.bsky.richtext.facet#tag', tag: 'FêteDesVoisins' },
      { $type: 'app.bsky.richtext.facet#mention', did: 'alice.test' },
      { $type: 'app.bsky.richtext.facet#link', uri: 'https://example.com/court' },
    ])
  })

  it('leaves a text without links, tags or mentions as it is, with no facets', () => {
    const text = composeText('Réunion jeudi à 19 h, salle Émile-Zola.')
    expect(text.text).toBe('Réunion jeudi à 19 h, salle Émile-Zola.')
    expect(text.facets).toBeUndefined()
  })

  it('counts graphemes after shortening: a long link counts as its shortened text', () => {
    const text = composeText(`${'a'.repeat(270)} ${link}`)
    expect(text.graphemeLength).toBe(270 + 1 + 27)
    expect(blueskyConnector.checkContent(post(`${'a'.repeat(270)} ${link}`))).toBeNull()
  })

  it('counts an emoji sequence or an accent made of two code points as one grapheme', () => {
    expect(composeText('👩‍👩‍👧‍👦 é').graphemeLength).toBe(3)
  })
})

describe('resolveMentions', () => {
  it('puts the DID into a mention and drops the facet of a handle that does not resolve', async () => {
    const text = composeText('Merci @alice.test et @inconnu.test #merci')
    const facets = await resolveMentions(text, async (handle) => (handle === 'alice.test' ? 'did:plc:alice' : undefined))

    expect(covered(text.text, facets)).toEqual(['@alice.test', '#merci'])
    expect(facets[0].features).toEqual([{ $type: 'app.bsky.richtext.facet#mention', did: 'did:plc:alice' }])
  })

  it('drops a mention whose resolution fails', async () => {
    const facets = await resolveMentions(composeText('@alice.test'), async () => {
      throw new Error('offline')
    })
    expect(facets).toEqual([])
  })
})

describe('recordKeyFor: one delivery, one record key', () => {
  const firstAttemptAt = new Date('2031-03-12T16:00:00.123Z')

  it('is a valid TID, the same for the same delivery', () => {
    const key = recordKeyFor('delivery-42', firstAttemptAt)
    expect(key).toMatch(TID)
    expect(recordKeyFor('delivery-42', new Date(firstAttemptAt))).toBe(key)
  })

  it('carries the first attempt in its timestamp (microseconds) and differs between deliveries', () => {
    const key = recordKeyFor('delivery-42', firstAttemptAt)
    const value = [...key].reduce((total, char) => total * 32n + BigInt(S32.indexOf(char)), 0n)
    expect(Math.floor(Number(value >> 10n) / 1000)).toBe(firstAttemptAt.getTime())

    const keys = new Set(Array.from({ length: 200 }, (_, index) => recordKeyFor(`delivery-${index}`, firstAttemptAt)))
    expect(keys.size).toBe(200)
  })

  it('sorts with time, as TIDs do', () => {
    expect(recordKeyFor('a', new Date('2031-03-12T16:00:00Z')) < recordKeyFor('a', new Date('2031-03-12T16:00:01Z'))).toBe(true)
  })
})

describe('checkContent: refused before any network call, with the reason', () => {
  const check = blueskyConnector.checkContent

  it('accepts 300 graphemes and refuses 301', () => {
    expect(check(post('é'.repeat(300)))).toBeNull()
    expect(check(post('é'.repeat(301)))).toEqual({
      reason: 'rejected',
      retryable: false,
      detail: 'text is 301 graphemes (links shortened); Bluesky allows 300',
    })
  })

  it('refuses more than 3,000 bytes even under 300 graphemes', () => {
    expect(check(post('👩‍👩‍👧‍👦'.repeat(200)))?.detail).toMatch(/bytes in UTF-8; Bluesky allows 3000/)
  })

  it('refuses an image without alt text, too large, not an image, or a fifth image', () => {
    expect(check(post('Affiche', [image({ alt: '  ' })]))?.detail).toBe('image 1 (affiche.png) has no alt text')
    expect(check(post('Affiche', [image(), image({ data: new Uint8Array(1_000_001) })]))?.detail).toBe(
      'image 2 (affiche.png) is 1000001 bytes; Bluesky accepts 1000000',
    )
    expect(check(post('Affiche', [image({ data: new Uint8Array(1_000_000) })]))).toBeNull()
    expect(check(post('Affiche', [image({ mimeType: 'application/pdf' })]))?.detail).toMatch(/not an image/)
    expect(check(post('Affiche', [image(), image(), image(), image(), image()]))?.detail).toBe('5 images; Bluesky allows 4')
    expect(check(post('Affiche', [image({ alt: 'é'.repeat(2001) })]))?.detail).toMatch(/alt text is 2001 graphemes; Bluesky allows 2000/)
  })
})

describe('errors, with a fake fetch (no server)', () => {
  const credentials: BlueskyCredentials = { service: 'https://pds.example', identifier: 'balises.test', appPassword: 'abcd-efgh-ijkl-mnop' }
  const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } })

  it('never puts the app password in a detail, even when the server echoes it', async () => {
    const fetch = async () =>
      json(401, { error: 'AuthenticationRequired', message: `Invalid password abcd-efgh-ijkl-mnop for balises.test` })
    const outcome = await blueskyConnector.testConnection(credentials, { fetch })
    expect(outcome).toMatchObject({ state: 'reconnect' })
    expect(JSON.stringify(outcome)).not.toContain('abcd-efgh-ijkl-mnop')
  })

  it('keeps the real status: 408 and 502 are temporary, 400 rejected', async () => {
    const outcomeOf = (status: number) =>
      blueskyConnector.publish({
        credentials,
        post: post('Bonjour'),
        idempotencyKey: 'delivery-1',
        firstAttemptAt: new Date(),
        fetch: async () => json(status, { error: 'Whatever' }),
      })
    expect(await outcomeOf(408)).toMatchObject({ kind: 'failed', failure: { reason: 'temporary', retryable: true, status: 408 } })
    expect(await outcomeOf(502)).toMatchObject({ kind: 'failed', failure: { reason: 'temporary', retryable: true, status: 502 } })
    expect(await outcomeOf(400)).toMatchObject({ kind: 'failed', failure: { reason: 'rejected', retryable: false, status: 400 } })
  })

  it('a timeout on the write is unknown; on the login, temporary', async () => {
    const session = { did: 'did:plc:balises', handle: 'balises.test', accessJwt: 'a', refreshJwt: 'r', active: true }
    const hang = (init?: RequestInit) =>
      new Promise<Response>((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)))
    const writeHangs = async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = input instanceof Request ? input.url : String(input)
      if (url.includes('createSession')) return json(200, session)
      if (url.includes('getRecord')) return json(400, { error: 'RecordNotFound', message: 'Could not locate record' })
      return hang(init)
    }
    const request = { credentials, post: post('Bonjour'), idempotencyKey: 'delivery-2', firstAttemptAt: new Date(), timeoutMs: 50 }

    expect(await blueskyConnector.publish({ ...request, fetch: writeHangs })).toEqual({ kind: 'unknown', detail: 'timeout' })
    expect(await blueskyConnector.publish({ ...request, fetch: async (_, init) => hang(init) })).toEqual({
      kind: 'failed',
      failure: { reason: 'temporary', retryable: true, detail: 'timeout' },
    })
  })

  it('a service that is not a URL asks for reconnection without throwing', async () => {
    expect(await blueskyConnector.testConnection({ ...credentials, service: 'pas une adresse' })).toMatchObject({ state: 'reconnect' })
  })
})
