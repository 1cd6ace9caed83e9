import { spawn, spawnSync } from 'node:child_process'
import path from 'node:path'

import { ensureBuild } from './build/ensureBuild'
import { chooseDatabase } from './db/databaseUri'
import { probeMongo } from './db/probe'
import { loadEnv } from './env/loadEnv'
import { ensureCredentialsKey, ensureSecret } from './env/secret'
import { NEXT_PROJECT, nextDirOf } from './nextDir'
import { PREPARE_UNFINISHED, WORKER_UNFINISHED } from './prepareExit'
import { closeOnSignals, startServer } from './server'

export type LaunchMode = 'production' | 'development' | 'worker'

/**
 * What `npm start`, `npm run dev` and `npm run worker` do: environment and secret, database check,
 * then for the app: admin build (production), migrations and seed (in a child process), the
 * Express edge; for the worker: the jobs queue in a child process (dev/jobsWorker.ts).
 */
export async function launch(mode: LaunchMode, root: string = process.cwd()): Promise<void> {
  const dev = mode === 'development'
  loadEnv(root, dev)
  // A small organisation's admin reports nothing to third parties.
  process.env.NEXT_TELEMETRY_DISABLED ??= '1'
  if (ensureSecret(root) === 'generated') {
    console.log('[balises] PAYLOAD_SECRET was missing: a random secret was generated and saved in .env (keep that file private)')
  }
  const credentialsKey = ensureCredentialsKey(root)
  if (credentialsKey === 'generated')
    console.log('[balises] BALISES_CREDENTIALS_KEY was missing: a key for network credentials was generated and saved in .env')
  if (credentialsKey === 'missing')
    console.warn('[balises] BALISES_CREDENTIALS_KEY is not set: network accounts cannot be saved until it is (openssl rand -hex 32)')

  const database = chooseDatabase(process.env.DATABASE_URI, root)
  if (database.kind === 'mongodb') {
    const problem = await probeMongo(database.url)
    if (problem) throw new Error(problem)
  }

  // From here on, everything runs as the chosen mode; the secret check above saw the user's NODE_ENV.
  Object.assign(process.env, { NODE_ENV: dev ? 'development' : 'production' })
  if (mode === 'worker') return runWorker(root)
  if (!dev) ensureBuild(root)

  prepareDatabase(root)

  const port = parsePort(process.env.PORT)
  const server = await startServer({ dev, dir: nextDirOf(root), port, hostname: process.env.HOST || '0.0.0.0' })
  closeOnSignals(server)
  console.log(`[balises] Balises is running (${mode}) — admin: ${server.url}/admin`)
}

export function launchFromCommandLine(mode: LaunchMode): void {
  launch(mode).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error))
    process.exit(1)
  })
}

/** PORT from the environment; 0 asks the system for a free port (the tests use it). */
export function parsePort(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 3000
  const port = Number(value)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`[balises] PORT must be a number between 0 and 65535, got "${value}"`)
  }
  return port
}

/**
 * Runs a host script (dev/prepare.ts, dev/jobsWorker.ts) in a child process. On Node 20, Lexical's
 * entry modules (top-level await in an import cycle) can leave the config import unsettled, and
 * the process then ends quietly; the "development" condition loads Lexical's plain modules instead.
 * Every Payload CLI call here needs that flag (package.json's `payload` script) for the same reason.
 */
function hostScriptArgs(root: string, file: string): string[] {
  return ['--conditions=development', '--import', 'tsx', path.join(root, NEXT_PROJECT, file)]
}

/** Migrations and seed. prepare.ts exits 1 unless it finished, and a quiet stop is tried once more. */
function prepareDatabase(root: string): void {
  for (let attempt = 1; attempt <= 2; attempt++) {
    const prepared = spawnSync(process.execPath, hostScriptArgs(root, 'prepare.ts'), { cwd: root, stdio: 'inherit', env: process.env })
    if (prepared.status === 0) return
    if (prepared.status !== PREPARE_UNFINISHED || attempt === 2) break
    console.log('[balises] the database preparation stopped before finishing; trying once more…')
  }
  throw new Error('[balises] the database could not be prepared (see the lines above)')
}

/**
 * The jobs worker (docker-compose's `worker` service): the "balises" queue every minute in a child
 * process, which only ends on a signal, passed on from here. A quiet stop before it ran is tried
 * once more; any other end fails (and Docker restarts the service).
 */
async function runWorker(root: string): Promise<void> {
  for (let attempt = 1; attempt <= 2; attempt++) {
    const child = spawn(process.execPath, hostScriptArgs(root, 'jobsWorker.ts'), { cwd: root, stdio: 'inherit', env: process.env })
    let stopping = false
    const forward = (signal: NodeJS.Signals) => {
      stopping = true
      child.kill(signal)
    }
    process.on('SIGTERM', forward)
    process.on('SIGINT', forward)
    const code = await new Promise<number | null>((resolve) => child.once('exit', (status) => resolve(status)))
    process.off('SIGTERM', forward)
    process.off('SIGINT', forward)
    if (stopping) return
    if (code !== WORKER_UNFINISHED || attempt === 2) break
    console.log('[balises] the worker stopped before it started; trying once more…')
  }
  throw new Error('[balises] the jobs worker stopped (see the lines above)')
}
