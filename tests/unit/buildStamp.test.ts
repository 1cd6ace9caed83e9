import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { isBuildCurrent, sourceHash, writeBuildStamp } from '../../dev/build/buildStamp'

function project() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'balises-build-'))
  fs.mkdirSync(path.join(root, 'src'))
  fs.mkdirSync(path.join(root, 'dev', '.next'), { recursive: true })
  fs.writeFileSync(path.join(root, 'src', 'a.ts'), 'export const a = 1')
  fs.writeFileSync(path.join(root, 'payload.config.ts'), 'export default {}')
  return root
}

describe('admin build stamp', () => {
  it('is stale without a build, current after one, stale again when a source changes', () => {
    const root = project()
    expect(isBuildCurrent(root)).toBe(false)
    fs.writeFileSync(path.join(root, 'dev', '.next', 'BUILD_ID'), 'x')
    writeBuildStamp(root, sourceHash(root))
    expect(isBuildCurrent(root)).toBe(true)
    fs.writeFileSync(path.join(root, 'src', 'a.ts'), 'export const a = 2')
    expect(isBuildCurrent(root)).toBe(false)
  })

  it('ignores tests and node_modules, not new source files', () => {
    const root = project()
    const before = sourceHash(root)
    fs.writeFileSync(path.join(root, 'src', 'a.test.ts'), 'test')
    fs.mkdirSync(path.join(root, 'src', 'node_modules'))
    fs.writeFileSync(path.join(root, 'src', 'node_modules', 'x.js'), 'x')
    expect(sourceHash(root)).toBe(before)
    fs.writeFileSync(path.join(root, 'src', 'b.ts'), 'export const b = 1')
    expect(sourceHash(root)).not.toBe(before)
  })
})
