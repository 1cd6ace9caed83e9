import fs from 'node:fs'
import path from 'node:path'

import ts from 'typescript'

/** What the plugin is: everything a host installs. The host app that runs it here lives in dev/. */
export const PLUGIN_ROOTS = ['src', 'collections', 'hooks', 'calendar']
const SOURCE = /\.(ts|tsx|js|jsx|mjs|cjs)$/
const SKIPPED = /(^|\/)(node_modules|\.next)(\/|$)|\.test\.tsx?$/

/** Host-only specifiers that are not paths: the host's config alias. */
const HOST_ALIASES = new Set(['@payload-config'])

export type Offence = { file: string; specifier: string; reason: string }

export function pluginFiles(root: string): string[] {
  const walk = (relative: string): string[] => {
    const absolute = path.join(root, relative)
    if (!fs.existsSync(absolute) || SKIPPED.test(relative)) return []
    if (fs.statSync(absolute).isFile()) return SOURCE.test(relative) ? [relative] : []
    return fs.readdirSync(absolute).flatMap((name) => walk(path.posix.join(relative, name)))
  }
  return PLUGIN_ROOTS.flatMap(walk).sort()
}

/** Every module specifier of a file: static, type-only, re-exports, dynamic import() and require(). */
export function specifiersOf(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((imported) => imported.fileName)
}

/** Why importing `specifier` from plugin file `file` crosses into the host, or null. */
export function hostImport(file: string, specifier: string): string | null {
  if (HOST_ALIASES.has(specifier)) return 'the host config alias'
  if (!specifier.startsWith('.')) return null
  const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier))
  if (/(^|\/)payload-types(\.ts)?$/.test(target)) return `the host's generated types (${target})`
  if (target === 'dev' || target.startsWith('dev/')) return `the host app (${target})`
  if (/^payload\.config(\.ts)?$/.test(target)) return 'the host config'
  if (!PLUGIN_ROOTS.some((rootDir) => target === rootDir || target.startsWith(`${rootDir}/`)))
    return `resolves to ${target}, outside the plugin`
  return null
}

export function boundaryOffences(root: string): Offence[] {
  return pluginFiles(root).flatMap((file) =>
    specifiersOf(fs.readFileSync(path.join(root, file), 'utf8')).flatMap((specifier) => {
      const reason = hostImport(file, specifier)
      return reason ? [{ file, specifier, reason }] : []
    }),
  )
}
