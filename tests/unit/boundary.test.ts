import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { boundaryOffences, hostImport, pluginFiles, specifiersOf } from '../helpers/importBoundary'

const ROOT = path.resolve(import.meta.dirname, '..', '..')

describe('the plugin never imports the host app (dev/, payload-types, payload.config.ts)', () => {
  it('finds every kind of import and tells host paths from plugin paths', () => {
    const text = [
      "import type { Post } from '../../dev/payload-types'",
      "import { seed } from '../seed'",
      "export { x } from './x'",
      "const later = await import('../../dev/db/adapter')",
      "import config from '@payload-config'",
      "import { buildConfig } from 'payload'",
    ].join('\n')
    const specifiers = specifiersOf(text)
    expect(specifiers).toEqual(['../../dev/payload-types', '../seed', './x', '../../dev/db/adapter', '@payload-config', 'payload'])
    const reasons = specifiers.map((specifier) => hostImport('src/queues/findPosts.ts', specifier))
    expect(reasons.map(Boolean)).toEqual([true, false, false, true, true, false])
    expect(hostImport('src/queues/findPosts.ts', '../../payload-types')).toMatch(/payload-types/)
    expect(hostImport('hooks/x.ts', '../payload.config')).toMatch(/config/)
    expect(hostImport('calendar/a/b.ts', '../../src/slugs')).toBeNull()
  })

  it('covers the plugin folders, not the host', () => {
    const files = pluginFiles(ROOT)
    expect(files).toContain('src/index.ts')
    expect(files.some((file) => file.startsWith('collections/'))).toBe(true)
    expect(files.some((file) => file.startsWith('hooks/'))).toBe(true)
    expect(files.some((file) => file.startsWith('calendar/'))).toBe(true)
    expect(files.some((file) => file.startsWith('dev/'))).toBe(false)
  })

  it('no plugin file imports from the host', () => {
    const offenders = boundaryOffences(ROOT).map(({ file, specifier, reason }) => `${file} imports '${specifier}' (${reason})`)
    expect(offenders, `plugin files that import the host app:\n${offenders.join('\n')}`).toEqual([])
  })
})
