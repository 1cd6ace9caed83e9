import path from 'node:path'

export type DatabaseChoice = { kind: 'sqlite'; url: string; file: string | null } | { kind: 'mongodb'; url: string }

export const DEFAULT_SQLITE_FILE = path.join('data', 'balises.db')

/**
 * Reads DATABASE_URI: unset → the embedded SQLite file data/balises.db; `file:` → SQLite;
 * `mongodb://` or `mongodb+srv://` → MongoDB. Anything else is refused with the accepted forms.
 */
export function chooseDatabase(uri: string | undefined, cwd: string = process.cwd()): DatabaseChoice {
  const value = uri?.trim()
  if (!value) {
    const file = path.resolve(cwd, DEFAULT_SQLITE_FILE)
    return { kind: 'sqlite', url: `file:${file}`, file }
  }
  if (value.startsWith('mongodb://') || value.startsWith('mongodb+srv://')) {
    return { kind: 'mongodb', url: value }
  }
  if (value.startsWith('file:')) {
    const target = value.slice('file:'.length)
    if (target === ':memory:' || target === '') return { kind: 'sqlite', url: 'file::memory:', file: null }
    const file = path.resolve(cwd, target.replace(/^\/\/(?=\/)/, ''))
    return { kind: 'sqlite', url: `file:${file}`, file }
  }
  throw new Error(
    `[balises] DATABASE_URI "${maskUri(value)}" is not supported: leave it empty for the embedded SQLite file, or use file:path/to.db or mongodb://host:27017/balises`,
  )
}

/** The URI with its password replaced by ****, safe to print. */
export function maskUri(uri: string): string {
  return uri.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]+:)[^@]*@/i, '$1****@')
}

/** host[:port] list of a MongoDB URI, for messages and reachability probes. */
export function mongoHosts(uri: string): { host: string; port: number }[] {
  const withoutScheme = uri.replace(/^mongodb(\+srv)?:\/\//, '')
  const authority = withoutScheme.split(/[/?]/)[0].split('@').pop() ?? ''
  const defaultPort = uri.startsWith('mongodb+srv://') ? 0 : 27017
  return authority
    .split(',')
    .filter(Boolean)
    .map((entry) => {
      const match = /^\[?([^\]]+?)\]?(?::(\d+))?$/.exec(entry)
      return { host: match?.[1] ?? entry, port: match?.[2] ? Number(match[2]) : defaultPort }
    })
}
