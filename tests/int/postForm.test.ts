import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { lexicalParagraphs } from '../../dev/seed/lexical'
import { type Team, categoryId, createPosition, draftPost, movePost, refusal, setUpTeam, stored } from '../helpers/fixtures'

const PUBLISH_AT = '2026-12-10T15:00:00.000Z'

// The post form shaped by its category, through the Local API as real users (overrideAccess: false).
describe('post form: the fields of a category and the common text', () => {
  let payload: Payload
  let team: Team
  setUpTeam((started, members) => {
    payload = started
    team = members
  })

  const category = (code: string) => categoryId(payload, code)

  it('reads the category’s code into `categoryCode` (server truth, follows a change of category)', async () => {
    const post = await draftPost(payload, team.redaction, { category: await category('CAT-7'), source: 'https://www.inspq.qc.ca/' })
    expect((await stored(payload, post.id)).categoryCode).toBe('CAT-7')
    // A client cannot claim another code: it is read from the category, never stored.
    await movePost(payload, team.redaction, post.id, { category: await category('CAT-4'), categoryCode: 'CAT-6' } as never)
    expect((await stored(payload, post.id)).categoryCode).toBe('CAT-4')
  })

  it('CAT-6: a closing date is kept while the post is an offer, required to submit, and cleared when it becomes CAT-4', async () => {
    const noDate = await draftPost(payload, team.redaction, { category: await category('CAT-6') })
    const missing = await refusal(movePost(payload, team.redaction, noDate.id, { workflowStatus: 'in_review' }))
    expect(missing.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'closingDate' })]))

    const offer = await draftPost(payload, team.redaction, { category: await category('CAT-6'), closingDate: '2026-12-20T00:00:00.000Z' })
    expect((await stored(payload, offer.id)).closingDate).toBe('2026-12-20T12:00:00.000Z') // a calendar day, stored at noon UTC
    // The form still holds the (now hidden) closing date and sends it with the new category.
    await movePost(payload, team.redaction, offer.id, { category: await category('CAT-4'), closingDate: '2026-12-20T00:00:00.000Z' })
    const moved = await stored(payload, offer.id)
    expect(moved.categoryCode).toBe('CAT-4')
    expect(moved.closingDate ?? null).toBeNull()
    // And the cleared date blocks nothing: the CAT-4 post goes to review.
    const submitted = await movePost(payload, team.redaction, offer.id, { workflowStatus: 'in_review' })
    expect(submitted.workflowStatus).toBe('in_review')
  })

  it('a closing date sent for a post of another category is not stored', async () => {
    const post = await draftPost(payload, team.redaction, { closingDate: '2026-12-20T00:00:00.000Z' })
    expect((await stored(payload, post.id)).closingDate ?? null).toBeNull()
  })

  it('CAT-7 → CAT-8: the source is cleared and the organisation is then what the rules ask for', async () => {
    const post = await draftPost(payload, team.redaction, { category: await category('CAT-7'), source: 'https://www.inspq.qc.ca/' })
    expect((await stored(payload, post.id)).source).toBe('https://www.inspq.qc.ca/')
    await movePost(payload, team.redaction, post.id, { category: await category('CAT-8'), source: 'https://www.inspq.qc.ca/' })
    expect((await stored(payload, post.id)).source ?? null).toBeNull()
    const refused = await refusal(movePost(payload, team.redaction, post.id, { workflowStatus: 'in_review' }))
    expect(refused.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'sourceOrganisation' })]))
    await movePost(payload, team.redaction, post.id, { sourceOrganisation: 'ROEQ' })
    expect((await movePost(payload, team.redaction, post.id, { workflowStatus: 'in_review' })).workflowStatus).toBe('in_review')
  })

  it('CAT-8 keeps its organisation; CAT-7 asks for its source', async () => {
    const post = await draftPost(payload, team.redaction, { category: await category('CAT-8'), sourceOrganisation: 'ROEQ' })
    expect((await stored(payload, post.id)).sourceOrganisation).toBe('ROEQ')
    const seven = await draftPost(payload, team.redaction, { category: await category('CAT-7') })
    const refused = await refusal(movePost(payload, team.redaction, seven.id, { workflowStatus: 'in_review' }))
    expect(refused.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'source' })]))
  })

  it('POS-1: a CAT-10 post keeps its position; moved to CAT-2 the position is cleared', async () => {
    const position = await createPosition(payload, 'adopted')
    const post = await draftPost(payload, team.redaction, { category: await category('CAT-10'), position: position.id })
    expect((await stored(payload, post.id)).position).toBe(position.id)
    await movePost(payload, team.redaction, post.id, { category: await category('CAT-2'), position: position.id })
    expect((await stored(payload, post.id)).position ?? null).toBeNull()
  })

  it('a save that does not touch the category keeps the fields of its category', async () => {
    const post = await draftPost(payload, team.redaction, { category: await category('CAT-6'), closingDate: '2026-12-20T00:00:00.000Z' })
    await movePost(payload, team.redaction, post.id, { title: 'Offre de stage' })
    expect((await stored(payload, post.id)).closingDate).toBe('2026-12-20T12:00:00.000Z')
  })

  describe('CHAN-1 counts the published text', () => {
    it('refuses a common text too long for X when X has no text of its own, at `body`, naming X', async () => {
      const refused = await refusal(
        draftPost(payload, team.redaction, {
          body: lexicalParagraphs('a'.repeat(300)) as never,
          channels: [
            { channel: 'facebook', text: 'Un texte propre à Facebook.' },
            { channel: 'x', text: '' },
          ],
        }),
      )
      expect(refused.status).toBe(400)
      expect(refused.errors).toEqual([expect.objectContaining({ path: 'body', message: expect.stringContaining('CHAN-1') })])
      expect(refused.errors[0].message).toContain('publié sur X')
      expect(refused.errors[0].message).toContain('300 caractères')
    })

    it('accepts the same common text when X has its own short text, and publishes the common text where it fits', async () => {
      const post = await draftPost(payload, team.redaction, {
        body: lexicalParagraphs('a'.repeat(300)) as never,
        channels: [
          { channel: 'facebook', text: '' },
          { channel: 'x', text: 'Court pour X.' },
        ],
      })
      expect((await stored(payload, post.id)).channels).toHaveLength(2)
    })

    it('still refuses an own text over the limit at that channel’s text', async () => {
      const refused = await refusal(
        draftPost(payload, team.redaction, {
          body: lexicalParagraphs('court') as never,
          channels: [{ channel: 'x', text: 'a'.repeat(281) }],
        }),
      )
      expect(refused.errors).toEqual([expect.objectContaining({ path: 'channels.0.text' })])
    })
  })

  it('publishAt stays the reference of CAT-6 (closing date not before publication)', async () => {
    const refused = await refusal(
      draftPost(payload, team.redaction, {
        category: await category('CAT-6'),
        closingDate: '2026-12-01T00:00:00.000Z',
        publishAt: PUBLISH_AT,
      }),
    )
    expect(refused.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'closingDate' })]))
  })
})
