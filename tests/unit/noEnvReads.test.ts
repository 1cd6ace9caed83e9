import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

const root = path.resolve(__dirname, '../..')
const PLUGIN_FOLDERS = ['src', 'collections', 'hooks', 'calendar']
// The host app's files (they map the environment to the plugin's options); issue 14 moves them to dev/.
const HOST =
  /^src\/(app|seed|env|db|build|server|start\.ts|server\.ts|launch\.ts|dev\.ts|prepare\.ts|prepareExit\.ts|proxy\.ts|defaultLanguage\.ts)/
// The one default computed from the environment: cookieSecure follows NODE_ENV unless the host says.
const ALLOWED = new Map([['src/options.ts', ['NODE_ENV']]])

function sources(folder: string): string[] {
  return fs.readdirSync(path.join(root, folder), { withFileTypes: true }).flatMap((entry) => {
    const relative = `${folder}/${entry.name}`
    if (entry.isDirectory()) return sources(relative)
    return /\.(ts|tsx)$/.test(entry.name) ? [relative] : []
  })
}

describe('the plugin reads no environment variable', () => {
  it('has no process.env read outside the host files (options: NODE_ENV for a default only)', () => {
    const reads = PLUGIN_FOLDERS.flatMap(sources)
      .filter((file) => !HOST.test(file))
      .flatMap((file) =>
        [...fs.readFileSync(path.join(root, file), 'utf8').matchAll(/process\.env(?:\.(\w+)|\[)/g)]
          .map((match) => ({ file, name: match[1] ?? '[…]' }))
          .filter(({ name }) => !ALLOWED.get(file)?.includes(name)),
      )
    expect(reads).toEqual([])
    expect(PLUGIN_FOLDERS.flatMap(sources).length).toBeGreaterThan(100)
  })
})
