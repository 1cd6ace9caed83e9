import { describe, expect, it } from 'vitest'

import { belongsToCategory, categoryFieldsToClear } from '../../../src/categoryFields'

describe('fields that belong to a category', () => {
  it('shows each field for its own category only (the form’s conditions)', () => {
    expect(belongsToCategory('closingDate', 'CAT-6')).toBe(true)
    expect(belongsToCategory('source', 'CAT-7')).toBe(true)
    expect(belongsToCategory('sourceOrganisation', 'CAT-8')).toBe(true)
    expect(belongsToCategory('position', 'CAT-10')).toBe(true)
    expect(belongsToCategory('closingDate', 'CAT-7')).toBe(false)
    expect(belongsToCategory('source', 'CAT-6')).toBe(false)
    expect(belongsToCategory('position', 'CAT-1')).toBe(false)
    expect(belongsToCategory('closingDate', null)).toBe(false)
    expect(belongsToCategory('closingDate', undefined)).toBe(false)
  })

  it('clears a closing date left behind when a CAT-6 post becomes CAT-4', () => {
    const previous = { category: 6, closingDate: '2026-12-20T00:00:00.000Z' }
    expect(categoryFieldsToClear('CAT-4', previous, { category: 4, closingDate: '2026-12-20T00:00:00.000Z' })).toEqual(['closingDate'])
    expect(categoryFieldsToClear('CAT-4', previous, { category: 4 })).toEqual(['closingDate'])
  })

  it('keeps the fields of the chosen category', () => {
    const previous = { category: 6, closingDate: '2026-12-20T00:00:00.000Z' }
    expect(categoryFieldsToClear('CAT-6', previous, { category: 6, closingDate: '2026-12-21T00:00:00.000Z' })).toEqual([])
    expect(categoryFieldsToClear('CAT-7', {}, { category: 7, source: 'https://www.inspq.qc.ca/' })).toEqual([])
  })

  it('clears a foreign value the save writes, even without a change of category', () => {
    expect(categoryFieldsToClear('CAT-2', { category: 2 }, { category: 2, source: 'INSPQ', sourceOrganisation: 'ROEQ' })).toEqual([
      'source',
      'sourceOrganisation',
    ])
    // No category yet: no category field is kept.
    expect(categoryFieldsToClear(null, {}, { position: 3 })).toEqual(['position'])
  })

  it('leaves alone a stored foreign value that the save neither writes nor changes the category of (scheduled publish, stage moves)', () => {
    const previous = { category: { id: 2, code: 'CAT-2' }, source: 'INSPQ' }
    expect(categoryFieldsToClear('CAT-2', previous, { _status: 'published' })).toEqual([])
    expect(categoryFieldsToClear('CAT-2', previous, { category: 2, source: 'INSPQ', workflowStatus: 'approved' })).toEqual([])
  })

  it('ignores empty values (nothing to clear)', () => {
    expect(categoryFieldsToClear('CAT-4', { category: 6 }, { category: 4, closingDate: null, source: '  ', position: undefined })).toEqual(
      [],
    )
  })
})
