import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

import {
  commandProblems,
  commandWords,
  dockerInstructions,
  documentedVariables,
  environmentReads,
  scriptProblems,
  shellWords,
  sourceFiles,
  type Project,
} from '../helpers/deployment'

const ROOT = path.resolve(import.meta.dirname, '..', '..')
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8')
const project: Project = { root: ROOT, scripts: JSON.parse(read('package.json')).scripts }

type Service = {
  build?: unknown
  command?: string | string[]
  env_file?: string | string[]
  environment?: Record<string, string>
  healthcheck?: { test: string | string[] }
}
const compose = parse(read('docker-compose.yml'), { merge: true }) as { services: Record<string, Service> }
const dockerfile = dockerInstructions(read('Dockerfile'))
const imageCommand = commandWords(dockerfile.filter((step) => step.instruction === 'CMD').at(-1)!.args)
/** The services that run this repository's image (the others are stock images: mongo). */
const ownServices = Object.entries(compose.services).filter(([, service]) => service.build !== undefined)

/** Variables the platform or the image sets, or that only tune a tool: not the app's configuration. */
const PLATFORM = new Set(['NODE_ENV', 'NODE_OPTIONS', 'NEXT_TELEMETRY_DISABLED', 'CI'])
/** Without these the app would run, but not as deployed: each service must get them itself. */
const REQUIRED_IN_SERVICE = ['NODE_ENV', 'DATABASE_URI']

describe('reading deployment commands (the checks below can fail)', () => {
  it('splits shell words and finds missing scripts, files and the bare Payload CLI', () => {
    expect(shellWords(`cross-env NODE_OPTIONS="--no-deprecation --conditions=development" payload jobs:run`)).toEqual([
      'cross-env',
      'NODE_OPTIONS=--no-deprecation --conditions=development',
      'payload',
      'jobs:run',
    ])
    expect(commandProblems(project, ['npx', 'payload', 'jobs:run', '--queue', 'balises'])).toEqual([
      expect.stringContaining('without --conditions=development'),
    ])
    expect(commandProblems(project, ['npm', 'run', 'payload', '--', 'jobs:run'])).toEqual([])
    expect(commandProblems(project, ['npm', 'run', 'no-such-script'])).toEqual([expect.stringContaining('no script "no-such-script"')])
    expect(scriptProblems(project, 'tsx dev/no-such-file.ts')).toEqual([expect.stringContaining('dev/no-such-file.ts does not exist')])
    expect(commandProblems(project, ['node', '-e', 'process.exit(0)'])).toEqual([])
  })
})

describe('docker-compose.yml and the Dockerfile', () => {
  it('runs the app and the worker from this image', () => {
    expect(ownServices.map(([name]) => name).sort()).toEqual(['app', 'worker'])
  })

  it.each(ownServices)('%s: its command resolves to scripts and files that exist', (_name, service) => {
    const words = service.command ? commandWords(service.command) : imageCommand
    expect(commandProblems(project, words)).toEqual([])
  })

  it('the worker runs the queue through the app entry; the app leaves the queue to it', () => {
    expect(commandWords(compose.services.worker.command!)).toEqual(['npm', 'run', 'worker'])
    expect(project.scripts.worker).toMatch(/\bdev\/worker\.ts\b/)
    expect(compose.services.app.environment?.JOBS_AUTORUN).toBe('false')
  })

  it('the image command starts the app', () => {
    expect(commandProblems(project, imageCommand)).toEqual([])
    expect(imageCommand).toEqual(['npm', 'start'])
  })

  it("the Dockerfile's RUN commands and COPY sources exist", () => {
    const problems = dockerfile.flatMap(({ instruction, args }) => {
      if (instruction === 'RUN') {
        // The project's own commands; system ones (mkdir, chown) are the base image's.
        const ours = args.split(/&&|;/).filter((part) => /^\s*([A-Z_]+=\S+\s+)*(npm|npx|node|tsx)\s/.test(part))
        return ours.flatMap((part) => scriptProblems(project, part))
      }
      if (instruction !== 'COPY') return []
      const words = shellWords(args)
      if (words.some((word) => word.startsWith('--from'))) return []
      const sources = words.filter((word) => !word.startsWith('--')).slice(0, -1)
      return sources.filter((source) => !fs.existsSync(path.join(ROOT, source))).map((source) => `COPY ${source}: no such file`)
    })
    expect(problems).toEqual([])
  })

  it('healthchecks ask routes that exist, on the port the app listens on', () => {
    const server = read('dev/server.ts')
    const expressRoutes = new Set([...server.matchAll(/app\.(?:get|all|use)\('(\/[^']*)'/g)].map((match) => match[1]))
    const pluginPaths = sourceFiles(ROOT, 'src').flatMap((file) => [...read(file).matchAll(/path: '(\/[^']+)'/g)].map((match) => match[1]))
    const port =
      compose.services.app.environment?.PORT ??
      dockerfile.find((step) => step.instruction === 'ENV' && /PORT=/.test(step.args))?.args.match(/PORT=(\d+)/)?.[1]
    const checked = ownServices.filter(([, service]) => service.healthcheck)
    expect(checked.length).toBeGreaterThan(0)
    for (const [name, service] of checked) {
      const words = commandWords(service.healthcheck!.test)
      const command = words[0] === 'CMD' ? words.slice(1) : words[0] === 'CMD-SHELL' ? shellWords(words[1]) : words
      expect(commandProblems(project, command), name).toEqual([])
      const urls = [...command.join(' ').matchAll(/https?:\/\/[^'"\s)]+/g)].map((match) => new URL(match[0]))
      expect(urls.length, `${name}: a healthcheck that asks the app`).toBeGreaterThan(0)
      for (const url of urls) {
        expect(url.port, `${name}: ${url}`).toBe(port)
        const known =
          expressRoutes.has(url.pathname) || (url.pathname.startsWith('/api/') && pluginPaths.includes(url.pathname.slice('/api'.length)))
        expect(known, `${name}: ${url.pathname} is neither a route of dev/server.ts nor a Balises endpoint`).toBe(true)
      }
    }
    // /healthz answers through the plugin's health endpoint.
    const rewrite = server.match(/req\.url = '(\/api\/[^']+)'/)?.[1]
    expect(rewrite && pluginPaths.includes(rewrite.slice('/api'.length))).toBe(true)
  })

  it('every variable the app reads is passed to the app and the worker, or documented in .env.example', () => {
    const files = [
      'payload.config.ts',
      ...['dev', 'src', 'collections', 'hooks', 'calendar'].flatMap((folder) => sourceFiles(ROOT, folder)),
    ]
    const reads = new Set(files.flatMap((file) => environmentReads(read(file))))
    expect(reads.has('PAYLOAD_SECRET') && reads.has('DATABASE_URI')).toBe(true)
    const documented = documentedVariables(read('.env.example'))
    const problems: string[] = []
    for (const [name, service] of ownServices) {
      const envFiles = [service.env_file ?? []].flat()
      const given = new Set(Object.keys(service.environment ?? {}))
      for (const variable of REQUIRED_IN_SERVICE) if (!given.has(variable)) problems.push(`${name}: ${variable} is not set`)
      for (const variable of reads) {
        if (PLATFORM.has(variable) || given.has(variable)) continue
        if (!envFiles.includes('.env')) problems.push(`${name}: ${variable} is not set and the service reads no .env`)
        else if (!documented.has(variable)) problems.push(`${name}: ${variable} is neither set nor documented in .env.example`)
      }
    }
    expect(problems).toEqual([])
  })
})
