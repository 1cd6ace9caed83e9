// Builds the installable plugin into dist/: the TypeScript of src/index.ts, src/exports/client.ts and
// src/exports/rsc.ts and everything they import (never the host app), with declarations, `.js`
// extensions Node's ESM resolver needs (tsc-alias), and the stylesheets the components import.
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, readdirSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const dist = path.join(root, 'dist')
const bin = (name) => path.join(root, 'node_modules', '.bin', name)
const run = (command, args) => execFileSync(command, args, { cwd: root, stdio: 'inherit' })

rmSync(dist, { recursive: true, force: true })
run(bin('tsc'), ['-p', 'tsconfig.build.json'])
run(bin('tsc-alias'), ['-p', 'tsconfig.build.json', '--resolve-full-paths'])

/** Each emitted folder gets the .css files that sit beside its sources. */
function copyStylesheets(folder) {
  for (const entry of readdirSync(folder)) {
    const emitted = path.join(folder, entry)
    if (statSync(emitted).isDirectory()) copyStylesheets(emitted)
  }
  const sources = path.join(root, path.relative(dist, folder))
  if (!existsSync(sources)) return
  for (const entry of readdirSync(sources)) {
    if (entry.endsWith('.css')) cpSync(path.join(sources, entry), path.join(folder, entry))
  }
}
copyStylesheets(dist)
console.log(`[build:plugin] ${path.relative(root, dist)}/ ready`)
