import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'

import { freshDatabaseUri } from '../../helpers/databases'

export const ROOT = path.resolve(import.meta.dirname, '..', '..', '..')

export type DemoAccount = { role: string; email: string; password: string }

export type RunningApp = {
  url: string
  output: () => string
  accounts: DemoAccount[]
  process: ChildProcess
  databaseUri: string
  stop: (signal?: NodeJS.Signals) => Promise<number | null>
}

export function freshAppDatabaseUri(): string {
  return freshDatabaseUri('e2e')
}

/**
 * Starts the app as `npm start` does (dev/start.ts: build check, migrations, seed, Express edge) on
 * a free port, and waits for its "admin:" line. With `{ npm: true }`, through `npm start` itself,
 * in an environment without the test runner's variables (NODE_ENV, LOG_LEVEL…), as a person runs it.
 */
export async function startApp(
  env: Record<string, string> = {},
  timeoutMs = 240_000,
  { npm = false }: { npm?: boolean } = {},
): Promise<RunningApp> {
  const databaseUri = env.DATABASE_URI ?? freshAppDatabaseUri()
  const base = npm ? userEnvironment() : process.env
  const child = npm
    ? spawn('npm', ['start'], {
        cwd: ROOT,
        env: { ...base, PORT: '0', ...env, DATABASE_URI: databaseUri },
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
      })
    : spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'dev', 'start.ts')], {
        cwd: ROOT,
        env: { ...base, PORT: '0', HOST: '127.0.0.1', ...env, DATABASE_URI: databaseUri },
        stdio: ['ignore', 'pipe', 'pipe'],
      })
  // npm runs the app in a child of its own: signals go to the whole group.
  const kill = (signal: NodeJS.Signals) => (npm && child.pid ? process.kill(-child.pid, signal) : child.kill(signal))
  let output = ''
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`app did not start in ${timeoutMs} ms:\n${output}`)), timeoutMs)
    const check = () => {
      const match = /admin: (http:\/\/\S+)\/admin/.exec(output)
      if (match) {
        clearTimeout(timer)
        resolve(match[1])
      }
    }
    child.stdout!.on('data', check)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`app exited with ${code} before starting:\n${output}`))
    })
  })

  return {
    url,
    output: () => output,
    accounts: parseDemoAccounts(output),
    process: child,
    databaseUri,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) kill(signal)
      // Never leave a server behind, even if its graceful shutdown hangs.
      const killer = setTimeout(() => kill('SIGKILL'), 20_000)
      const code = await exited
      clearTimeout(killer)
      return code
    },
  }
}

/** The machine's environment without what vitest adds for its own run (the secret stays: a person has it in .env). */
function userEnvironment(): NodeJS.ProcessEnv {
  const env = { ...process.env }
  for (const name of ['NODE_ENV', 'LOG_LEVEL', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID', 'TEST']) delete env[name]
  return env
}

export function parseDemoAccounts(output: string): DemoAccount[] {
  return [...output.matchAll(/^\[balises\]\s+(\w+)\s+(\S+@\S+)\s+(\S+)$/gm)].map(([, role, email, password]) => ({
    role,
    email,
    password,
  }))
}
