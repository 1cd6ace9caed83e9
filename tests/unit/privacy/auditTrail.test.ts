import { describe, expect, it } from 'vitest'

import { auditDiff, auditValue } from '../../../src/privacy/auditTrail'

describe('audit trail: what changed (auditDiff)', () => {
  it('lists changed fields with short before/after values, and nothing for unchanged ones', () => {
    const changes = auditDiff(
      { id: 1, scopes: ['facebook'], expiresAt: '2027-01-01T00:00:00.000Z', formVersion: 'v1', updatedAt: 'a' },
      { id: 1, scopes: ['facebook', 'instagram'], expiresAt: '2027-01-01T00:00:00.000Z', formVersion: 'v2', updatedAt: 'b' },
    )
    expect(changes).toEqual([
      { field: 'scopes', from: 'facebook', to: 'facebook, instagram' },
      { field: 'formVersion', from: 'v1', to: 'v2' },
    ])
  })

  it('treats a populated relation and its ID as the same value', () => {
    expect(auditDiff({ person: 7, media: [1, 2] }, { person: { id: 7, fullName: 'Léa' }, media: [{ id: 1 }, { id: 2 }] })).toEqual([])
    expect(auditDiff({ person: 7 }, { person: { id: 8, fullName: 'Léa' } })).toEqual([{ field: 'person', from: '7', to: '8' }])
  })

  it('says a personal field changed without copying its value', () => {
    const [change] = auditDiff(
      { signatoryName: 'Ginette Tremblay' },
      { signatoryName: 'Ginette Roy' },
      { personalFields: ['signatoryName'] },
    )
    expect(change.field).toBe('signatoryName')
    expect(JSON.stringify(change)).not.toMatch(/Ginette|Tremblay|Roy/)
    expect(auditDiff({}, { signatoryName: 'Ginette' }, { personalFields: ['signatoryName'] })[0].from).toBe('')
  })

  it('skips ignored fields and shortens long or structured values', () => {
    expect(auditDiff({ expiryHandledAt: null }, { expiryHandledAt: 'x' }, { ignoredFields: ['expiryHandledAt'] })).toEqual([])
    expect(auditValue('a'.repeat(500))).toHaveLength(200)
    expect(auditValue({ root: { children: [] } })).toBe('…')
    expect(auditValue(null)).toBe('')
  })
})
