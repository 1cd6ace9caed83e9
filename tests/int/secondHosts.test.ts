// Issue 14's proof that Balises is a plugin any Payload app can install: `npm pack` once, the tarball
// installed (npm, offline) into scratch hosts under test-results/hosts/, each started in its own Node
// process that runs a post through the workflow and every post rule. See tests/hosts/.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createHost, packPlugin, runHostScenario, type ScenarioOutput } from '../hosts/install'
import { configSnippet, readmeSection, snippetOptions, tableOptions } from '../hosts/readmeSnippet'
import { DEFAULT_OPTIONS } from '../../src/options'

const repository = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const scratch = path.join(repository, 'test-results', 'hosts')
const hostFolder = (name: string) => path.join(scratch, name)

/** Every post rule the engine enforces, and the workflow refusal GOV-4: what each host must refuse. */
const POST_RULES = [
  'CAT',
  'CAT-6',
  'CAT-7',
  'CAT-8',
  'POS-1',
  'PRIV-1',
  'PRIV-2',
  'FORBID-1',
  'FORBID-2',
  'FORBID-3',
  'CHAN-1',
  'GOV-6',
  'GOV-4',
]
const CATEGORY_CODES = Array.from({ length: 10 }, (_, index) => `CAT-${index + 1}`)

/** The options issue 14 names; the README documents each (agent B's src/options.ts implements them). */
const OPTIONS = [
  'slugs',
  'usersSlug',
  'rolesField',
  'editor',
  'timeZone',
  'maxUploadMB',
  'uploadsDir',
  'jobsAutoRun',
  'cookieSecure',
  'trustProxy',
  'enabled',
  'guardHostCollections',
]

type Host = { slugs: Record<string, string>; own: string[]; ownDocuments: Record<string, unknown>; label: string }
const HOSTS: Record<string, Host> = {
  blank: {
    label: "a second host built like Payload's blank template",
    slugs: { posts: 'social-posts', media: 'social-media', categories: 'categories', users: 'users' },
    own: ['users', 'media', 'posts'],
    ownDocuments: { users: ['viewer'], media: true, posts: 'Hello' },
  },
  website: {
    label: "a third host built like Payload's website template",
    slugs: { posts: 'social-posts', media: 'social-media', categories: 'social-categories', users: 'staff' },
    own: ['staff', 'pages', 'posts', 'media', 'categories'],
    ownDocuments: { pages: 'Home', posts: 'Hello', media: true, categories: 'News', header: true },
  },
  readme: {
    label: 'a host whose payload.config.ts is the README snippet',
    slugs: { posts: 'social-posts', media: 'social-media', categories: 'categories', users: 'users' },
    own: [],
    ownDocuments: {},
  },
}
const readmePath = path.join(repository, 'README.md')

let packDir = ''
let tarball = ''

beforeAll(() => {
  packDir = mkdtempSync(path.join(os.tmpdir(), 'balises-pack-'))
  tarball = packPlugin(repository, packDir)
  for (const name of Object.keys(HOSTS)) {
    createHost({ repository, tarball, folder: hostFolder(name), files: path.join(repository, 'tests', 'hosts', name) })
  }
  writeFileSync(path.join(hostFolder('readme'), 'payload.config.ts'), configSnippet(readmeSection(readmePath)))
}, 300_000)

afterAll(() => {
  if (packDir) rmSync(packDir, { recursive: true, force: true })
})

describe('the packed plugin (npm pack)', () => {
  it('holds the built plugin with types, stylesheets and client directives, and none of the host app', () => {
    const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map((file) => file.replace(/^package\//, ''))
    for (const entry of ['src/index', 'src/exports/client', 'src/exports/rsc']) {
      expect(files).toContain(`dist/${entry}.js`)
      expect(files).toContain(`dist/${entry}.d.ts`)
    }
    expect(files).toContain('dist/calendar/view/calendar.css')
    expect(files).toContain('package.json')
    expect(files).toContain('README.md')
    // Sources, tests and the host app stay in the repository.
    expect(files.filter((file) => !file.startsWith('dist/') && !['package.json', 'README.md', 'LICENSE'].includes(file))).toEqual([])
    expect(files.filter((file) => /\.tsx?$/.test(file) && !file.endsWith('.d.ts'))).toEqual([])
    const hostParts = /^dist\/(dev|tests|src\/(app|seed|db|env|server|build)\/|src\/(start|server|launch|dev|prepare|prepareExit|proxy)\.)/
    expect(files.filter((file) => hostParts.test(file))).toEqual([])
    // The plugin types itself (agent A): no copy of this app's generated payload-types.ts in the package.
    expect(files.filter((file) => file.startsWith('dist/payload-types'))).toEqual([])
    const bar = execFileSync('tar', ['-xzOf', tarball, 'package/dist/src/components/workflow/WorkflowActionBar.js'], { encoding: 'utf8' })
    expect(bar.startsWith("'use client'")).toBe(true)
  })

  it('names its exports with types, and Payload, Next and React as peers', () => {
    const manifest = JSON.parse(execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' }))
    for (const [key, file] of [
      ['.', 'src/index'],
      ['./client', 'src/exports/client'],
      ['./rsc', 'src/exports/rsc'],
    ]) {
      expect(manifest.exports[key]).toEqual({ types: `./dist/${file}.d.ts`, import: `./dist/${file}.js`, default: `./dist/${file}.js` })
    }
    expect(Object.keys(manifest.peerDependencies).sort()).toEqual([
      '@payloadcms/next',
      '@payloadcms/richtext-lexical',
      '@payloadcms/translations',
      '@payloadcms/ui',
      'next',
      'payload',
      'react',
      'react-dom',
    ])
    for (const hostOnly of [
      'express',
      'helmet',
      '@payloadcms/db-sqlite',
      '@payloadcms/db-mongodb',
      'sharp',
      'graphql',
      'tsx',
      'payload',
      'next',
      'react',
    ]) {
      expect(manifest.dependencies ?? {}).not.toHaveProperty(hostOnly)
    }
  })

  it('installs in a scratch folder, where plain Node resolves and loads its entry points from node_modules', () => {
    const host = hostFolder('blank')
    const installed = path.join(host, 'node_modules', 'balises')
    expect(existsSync(path.join(installed, 'package.json'))).toBe(true)
    expect(JSON.parse(readFileSync(path.join(host, 'package.json'), 'utf8')).dependencies.balises).toMatch(/^file:balises-.*\.tgz$/)
    // Plain Node, no tsx and no tsconfig: what a built host app does (with the flag Payload needs on Node 20). Only `.` loads outside Next
    // (the client and RSC entries import stylesheets, which only a bundler reads).
    const script = [
      "const out = { index: import.meta.resolve('balises'), client: import.meta.resolve('balises/client'), rsc: import.meta.resolve('balises/rsc') }",
      "const plugin = await import('balises')",
      'out.balises = typeof plugin.balises',
      'console.log(JSON.stringify(out))',
    ].join('\n')
    const out = JSON.parse(
      execFileSync(process.execPath, ['--conditions=development', '--input-type=module', '-e', script], { cwd: host, encoding: 'utf8' }),
    )
    expect(out).toEqual({
      index: `file://${installed}/dist/src/index.js`,
      client: `file://${installed}/dist/src/exports/client.js`,
      rsc: `file://${installed}/dist/src/exports/rsc.js`,
      balises: 'function',
    })
  })
})

describe('README « Use Balises in your Payload app »', () => {
  const section = readmeSection(readmePath)
  const snippet = configSnippet(section)

  it('documents every option in its table, and its snippet passes each of them', () => {
    expect(tableOptions(section)).toEqual(OPTIONS)
    expect(snippetOptions(snippet)).toEqual(OPTIONS)
    // What the plugin resolves (src/options.ts) is all documented.
    for (const option of Object.keys(DEFAULT_OPTIONS)) expect(OPTIONS).toContain(option)
  })

  it('imports Balises by its package name, like an app that installed it, and nothing of this repository', () => {
    const imports = [...snippet.matchAll(/^import .* from '([^']+)'$/gm)].map((match) => match[1])
    expect(imports).toContain('balises')
    expect(imports.filter((specifier) => specifier.startsWith('.'))).toEqual([])
    expect(section).toContain('npm install /path/to/balises-')
    expect(section).toContain('generate:importmap')
    expect(section).toMatch(/balises\/client#/)
    expect(section).toMatch(/balises\/rsc#/)
    expect(section).toContain('migrate:create')
  })
})

for (const [name, host] of Object.entries(HOSTS)) {
  describe(host.label, () => {
    let output: ScenarioOutput
    let result: Record<string, any>
    beforeAll(async () => {
      output = await runHostScenario(hostFolder(name))
      result = output.result ?? {}
    }, 300_000)

    /** A step of the scenario, with its error in the failure message. */
    const stepOf = (key: string, from: Record<string, any> = result) => {
      const found = from[key]
      const why = result.init?.error ? `Payload did not start: ${result.init.error}` : `stderr:\n${output.stderr.slice(-2000)}`
      expect(found, `no "${key}" in the scenario's output; ${why}`).toBeDefined()
      expect(found.error ?? null, `step "${key}" failed`).toBeNull()
      return found
    }

    it("prints its result and imports the INSTALLED balises, not this repository's sources", () => {
      expect(output.result, output.stderr.slice(-2000)).toBeDefined()
      expect(result.resolvedBalises).toBe(path.join(hostFolder(name), 'node_modules', 'balises', 'dist', 'src', 'index.js'))
    })

    it('starts Payload with Balises beside its own collections, under the slugs it asked for', () => {
      const init = stepOf('init')
      for (const slug of [...host.own, host.slugs.posts, host.slugs.media, host.slugs.categories, host.slugs.users])
        expect(init.collections).toContain(slug)
      expect(init.slugs).toMatchObject(host.slugs)
    })

    it("has CAT-1..CAT-10 and the policy, seeded by the plugin's onInit", () => {
      const seeded = stepOf('seeded')
      expect(seeded.categories).toEqual(CATEGORY_CODES)
      expect(seeded.policySaved, 'the policy global was never saved (only field defaults)').toBe(true)
    })

    it("holds one account per Balises role in the host's auth collection", () => {
      expect(stepOf('accounts').roles).toEqual(['redaction'])
    })

    it('takes a post from draft to published: redaction submits, the responsible person approves and publishes', () => {
      const workflow = stepOf('workflow')
      expect(workflow.workflowStatus).toBe('published')
      expect(workflow._status).toBe('published')
      expect(workflow.history).toEqual(['draft>in_review', 'in_review>approved', 'approved>scheduled', 'scheduled>published'])
      expect(workflow.publicIds).toEqual([workflow.id])
    })

    it.each(POST_RULES)('refuses a post that breaks %s, naming the rule', (rule) => {
      const refusal = stepOf(rule, result.rules ?? {})
      expect(refusal.rules, JSON.stringify(refusal)).toContain(rule)
      if (rule === 'FORBID-1') expect(refusal.compliance).toContain('FORBID-1:warn')
    })

    it('refuses an approval by redaction (the workflow asks the roles)', () => {
      expect(stepOf('workflowRoles', result.rules ?? {}).paths).toEqual(['workflowStatus'])
    })

    it("keeps the host's own collections working", () => {
      expect(stepOf('hostCollections')).toMatchObject(host.ownDocuments)
    })
  })
}
