import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { parseCircular, parseDependencyTree } from 'dpdm'
import { describe, expect, it } from 'vitest'

const root = path.resolve(__dirname, '../..')

/** The plugin's entries, then every plugin file (the host app's files are not the plugin's). */
const ENTRIES = [
  'src/index.ts',
  'src/exports/client.ts',
  'src/exports/rsc.ts',
  'collections/**/*.{ts,tsx}',
  'hooks/**/*.{ts,tsx}',
  'calendar/**/*.{ts,tsx}',
  'src/**/*.{ts,tsx}',
]

const HOST_FILES =
  /node_modules|[\\/]src[\\/](app|server|build|env|seed|db)[\\/]|[\\/]src[\\/](start|server|launch|dev|prepare|prepareExit|proxy|defaultLanguage)\.ts$/

async function cyclesFrom(entries: string[], cwd: string): Promise<string[][]> {
  const tree = await parseDependencyTree(entries, { cwd, context: cwd, exclude: HOST_FILES, tsconfig: undefined, transform: false })
  if (cwd === root)
    expect(Object.keys(tree)).toEqual(
      expect.arrayContaining(['collections/Posts.ts', 'hooks/enforcePostRules.ts', 'src/exports/client.ts']),
    )
  return parseCircular(tree)
}

describe('import cycles', () => {
  it('finds a cycle when there is one', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'balises-cycles-'))
    writeFileSync(path.join(dir, 'a.ts'), "import { b } from './b'\nexport const a = () => b\n")
    writeFileSync(path.join(dir, 'b.ts'), "import { a } from './a'\nexport const b = () => a\n")
    expect(await cyclesFrom(['a.ts'], dir)).toHaveLength(1)
  })

  it('the plugin has none, type-only imports included', async () => {
    const cycles = await cyclesFrom(ENTRIES, root)
    expect(cycles.map((cycle) => cycle.join(' → '))).toEqual([])
  })
})
