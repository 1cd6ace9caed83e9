import { execFileSync, spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

type LockEntry = {
  version?: string
  resolved?: string
  integrity?: string
  dependencies?: Record<string, string>
  optionalDependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
  [key: string]: unknown
}
type Lock = { packages: Record<string, LockEntry> }

/** `npm pack` of the repository into an empty `destination`: the path of the tarball (prepack builds dist/). */
export function packPlugin(repository: string, destination: string): string {
  mkdirSync(destination, { recursive: true })
  execFileSync('npm', ['pack', '--pack-destination', destination], { cwd: repository, stdio: ['ignore', 'ignore', 'pipe'] })
  const [filename, ...more] = readdirSync(destination).filter((file) => file.endsWith('.tgz'))
  if (!filename || more.length > 0) throw new Error(`[hosts] expected one tarball in ${destination}`)
  return path.join(destination, filename)
}

/**
 * Where Node would find `name` from the lock entry at `from` (its own node_modules, then upwards):
 * the lock key of the package it resolves to.
 */
function lockKeyOf(lock: Lock, from: string, name: string): string | undefined {
  let base = from
  for (;;) {
    const key = base ? `${base}/node_modules/${name}` : `node_modules/${name}`
    if (lock.packages[key]) return key
    if (!base) return undefined
    const cut = base.lastIndexOf('/node_modules/')
    base = cut < 0 ? '' : base.slice(0, cut)
  }
}

/**
 * A package-lock.json for a host that depends on the tarball only: the tarball's dependencies, and
 * theirs, taken from this repository's lock (same versions, same integrity). `npm ci --offline` can
 * then install it from the npm cache that this repository's own `npm ci` filled (an `npm install`
 * of a tarball would ask the registry for each dependency's version list, which that cache lacks).
 */
export function hostLock(repositoryLock: Lock, tarball: string, tarballSpec: string, hostName: string): object {
  const manifest = JSON.parse(execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' })) as {
    name: string
    version: string
    dependencies?: Record<string, string>
    peerDependencies?: Record<string, string>
  }
  const integrity = `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`
  const packages: Record<string, LockEntry> = {
    '': { name: hostName, dependencies: { [manifest.name]: tarballSpec } },
    [`node_modules/${manifest.name}`]: {
      version: manifest.version,
      resolved: tarballSpec,
      integrity,
      dependencies: manifest.dependencies,
      peerDependencies: manifest.peerDependencies,
    },
  }
  const queue: [string, string][] = Object.keys(manifest.dependencies ?? {}).map((name) => ['', name])
  while (queue.length > 0) {
    const [from, name] = queue.shift()!
    const key = lockKeyOf(repositoryLock, from, name)
    if (!key) {
      if (from === '') throw new Error(`[hosts] ${name}, a dependency of the package, is not in package-lock.json`)
      continue // an optional dependency this platform did not install
    }
    if (packages[key]) continue
    const entry = { ...repositoryLock.packages[key] }
    delete entry.dev
    delete entry.devOptional
    delete entry.peer
    packages[key] = entry
    for (const dependency of Object.keys({ ...entry.dependencies, ...entry.optionalDependencies })) queue.push([key, dependency])
  }
  return { name: hostName, lockfileVersion: 3, requires: true, packages }
}

/**
 * A scratch host inside the repository (so payload, next and react resolve from the repository's
 * node_modules, as peers a host provides), the packed plugin installed in it by npm, and the host's
 * own files copied in.
 */
export function createHost(options: { repository: string; tarball: string; folder: string; files: string }): void {
  const { repository, tarball, folder, files } = options
  rmSync(folder, { recursive: true, force: true })
  mkdirSync(folder, { recursive: true })
  const name = `${path.basename(folder)}-host`
  const spec = `file:${path.basename(tarball)}`
  cpSync(tarball, path.join(folder, path.basename(tarball)))
  writeFileSync(
    path.join(folder, 'package.json'),
    `${JSON.stringify({ name, private: true, type: 'module', dependencies: { balises: spec } }, null, 2)}\n`,
  )
  const lock = JSON.parse(readFileSync(path.join(repository, 'package-lock.json'), 'utf8')) as Lock
  writeFileSync(path.join(folder, 'package-lock.json'), `${JSON.stringify(hostLock(lock, tarball, spec, name), null, 2)}\n`)
  execFileSync('npm', ['ci', '--offline', '--no-audit', '--no-fund', '--legacy-peer-deps', '--ignore-scripts'], {
    cwd: folder,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  for (const entry of readdirSync(files)) cpSync(path.join(files, entry), path.join(folder, entry), { recursive: true })
  // Its own tsconfig, without this repository's `paths`: `balises` must come from node_modules.
  cpSync(path.join(HOSTS, 'tsconfig.host.json'), path.join(folder, 'tsconfig.json'))
  // The scenario every host shares, beside the hosts as in tests/hosts/ (`../shared/scenario`).
  cpSync(path.join(HOSTS, 'shared'), path.join(path.dirname(folder), 'shared'), { recursive: true })
}

const HOSTS = path.dirname(fileURLToPath(import.meta.url))

export type ScenarioOutput = { code: number | null; result: Record<string, any> | undefined; stdout: string; stderr: string }

/** Runs `scenario.ts` of a scratch host in its own Node process, with the host as working directory. */
export function runHostScenario(folder: string, timeoutMs = 240_000): Promise<ScenarioOutput> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    TSX_TSCONFIG_PATH: path.join(folder, 'tsconfig.json'),
    NODE_OPTIONS: '--no-deprecation',
    JOBS_AUTORUN: 'false',
  }
  // A host's own database, in its folder (the README's snippet reads DATABASE_URI).
  env.DATABASE_URI = `file:${path.join(folder, 'app.db')}`
  return new Promise((resolve) => {
    // --conditions=development: on Node 20, importing Lexical outside a bundler can deadlock and exit 13
    // (README, « Use Balises in your Payload app »); every plain-Node Payload process of a host needs it.
    const child = spawn(process.execPath, ['--conditions=development', '--import', 'tsx', 'scenario.ts'], {
      cwd: folder,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('close', (code) => {
      clearTimeout(timer)
      const line = stdout.split('\n').find((row) => row.startsWith('BALISES_SCENARIO '))
      resolve({ code, result: line ? JSON.parse(line.slice('BALISES_SCENARIO '.length)) : undefined, stdout, stderr })
    })
  })
}
