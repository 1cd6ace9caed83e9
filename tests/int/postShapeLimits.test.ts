import { createLocalReq, getLocalI18n, type Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { MAX_CHANNEL_ROWS, MAX_CHANNEL_TEXT_TOTAL } from '../../hooks/engine/channelShape'
import { checkCompliance } from '../../src/endpoints/checkCompliance'
import { CHANNELS } from '../../src/channels'
import { type Team, draftPost, refusal, setUpTeam } from '../helpers/fixtures'

// 50 rows × 100,000 characters took over two minutes of rule matching before these limits.
const rows = (count: number, length: number) =>
  Array.from({ length: count }, (_, index) => ({ channel: CHANNELS[index % CHANNELS.length], text: 'a'.repeat(length) }))

describe('channel rows and text sizes a post may carry (CHAN-1), before any rule runs', () => {
  let payload: Payload
  let team: Team
  setUpTeam((started, members) => {
    payload = started
    team = members
  })

  async function check(body: unknown, language: 'fr' | 'en' = 'fr') {
    const i18n = await getLocalI18n({ config: payload.config, language })
    return checkCompliance(await createLocalReq({ user: team.redaction as never, req: { i18n } }, payload), body)
  }
  const postCount = async () => (await payload.count({ collection: 'posts' })).totalDocs

  it('the compliance endpoint refuses more rows than channels, at the field, in French and English', async () => {
    const french = await check({ data: { channels: rows(50, 100_000).map((row) => ({ ...row, text: 'court' })) } })
    expect(french).toEqual({
      status: 400,
      body: { errors: [{ path: 'channels', message: expect.stringMatching(/^CHAN-1 : au plus 6 réseaux .* en compte 50/) }] },
    })
    const english = await check({ data: { channels: rows(MAX_CHANNEL_ROWS + 1, 10) } }, 'en')
    expect(english.body).toEqual({ errors: [{ path: 'channels', message: expect.stringMatching(/^CHAN-1: at most 6 channels .* has 7/) }] })
  })

  it('the compliance endpoint refuses texts longer together than any post can be checked for, naming the row', async () => {
    const channels = [
      { channel: 'facebook', text: 'a'.repeat(63_206) },
      { channel: 'x', text: 'a'.repeat(25_000) },
      { channel: 'linkedin', text: 'a'.repeat(MAX_CHANNEL_TEXT_TOTAL) },
    ]
    const answer = await check({ data: { channels } })
    expect(answer.status).toBe(400)
    expect(answer.body).toEqual({
      errors: [{ path: 'channels.2.text', message: expect.stringMatching(/^CHAN-1 : .*100\s000 caractères/) }],
    })
  })

  it('still checks a post whose texts are over their channel limit but within the bound (the panel shows CHAN-1)', async () => {
    const answer = await check({
      data: {
        channels: [
          { channel: 'facebook', text: 'a'.repeat(63_206) },
          { channel: 'x', text: 'a'.repeat(25_000) },
        ],
      },
    })
    expect(answer.status).toBe(200)
    if (answer.status !== 200) return
    expect(answer.body.findings.filter((finding) => finding.rule === 'CHAN-1').map((finding) => finding.path)).toEqual(['channels.1.text'])
  })

  it('a save with too many rows or too much text is refused with the same messages, and nothing is written', async () => {
    const before = await postCount()
    const tooMany = await refusal(draftPost(payload, team.redaction, { channels: rows(50, 30_000) as never }))
    expect(tooMany.status).toBe(400)
    expect(tooMany.errors).toContainEqual({ path: 'channels', message: expect.stringMatching(/^CHAN-1 : au plus 6 réseaux/) })
    const tooLong = await refusal(draftPost(payload, team.redaction, { channels: rows(6, 30_000) as never }))
    expect(tooLong.errors.map((error) => error.path)).toContain('channels.3.text')
    expect(await postCount()).toBe(before)
  })
})
