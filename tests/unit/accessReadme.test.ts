import { readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { accessMatrixTable } from '../access/matrixTable'

describe('README access table', () => {
  it('is the rendering of tests/access/matrix.ts (edit the matrix, then paste accessMatrixTable() into the README)', () => {
    const readme = readFileSync(path.resolve(import.meta.dirname, '..', '..', 'README.md'), 'utf8')
    const table = accessMatrixTable()
    expect(table.split('\n').length).toBeGreaterThan(40)
    expect(readme).toContain(table)
  })
})
