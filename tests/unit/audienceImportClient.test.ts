// @vitest-environment happy-dom
import { createElement } from 'react'
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

// Payload's button needs the admin's providers; a plain button keeps the page's own logic whole.
vi.mock('@payloadcms/ui', () => ({
  Button: ({ children, onClick, id }: { children: unknown; onClick?: () => void; id?: string }) =>
    createElement('button', { type: 'button', onClick, id }, children as never),
}))

const { AudienceImportClient } = await import('../../src/audience/import/AudienceImportClient')

type Sent = { mode: 'preview' | 'commit'; rows: { line: number; channel: string; date: string; followers: number }[] }

/**
 * A stand-in for the import endpoint: records what the page sends and answers as the endpoint
 * does (every row new). Commit answers wait for `release()` so the progress can be read.
 */
function fakeServer() {
  const sent: Sent[] = []
  const waiting: (() => void)[] = []
  const fetch = vi.fn(async (url: string, init: RequestInit) => {
    expect(url).toBe('/api/audience-snapshots/import')
    const body = JSON.parse(String(init.body)) as Sent
    sent.push(body)
    if (body.mode === 'preview') {
      const rows = body.rows.map((row) => ({ ...row, action: 'create', followers: { old: null, new: row.followers }, changes: {} }))
      return Response.json({ mode: 'preview', rows, counts: { create: rows.length, update: 0, unchanged: 0 } })
    }
    await new Promise<void>((resolve) => waiting.push(resolve))
    return Response.json({ mode: 'commit', created: body.rows.length, updated: 0, unchanged: 0, failed: [] })
  })
  return { sent, fetch, release: () => waiting.splice(0).forEach((resolve) => resolve()) }
}

function csvFile(lines: number): File {
  const rows = ['Canal;Date;Abonnés']
  const start = Date.UTC(2030, 0, 1)
  for (let index = 0; index < lines; index++) {
    const day = new Date(start + Math.floor(index / 5) * 86_400_000).toISOString().slice(0, 10)
    rows.push(`${['Facebook', 'Instagram', 'LinkedIn', 'Bluesky', 'Mastodon'][index % 5]};${day};${1000 + index}`)
  }
  rows.push('TikTok;2030-01-01;5', 'Facebook;31/02/2030;5')
  return new File([rows.join('\n')], 'audience.csv', { type: 'text/csv' })
}

const settle = async (rounds = 5) => {
  for (let round = 0; round < rounds; round++) await act(async () => new Promise((resolve) => setTimeout(resolve, 0)))
}
const text = () => document.body.textContent!.replace(/[\u00a0\u202f]/g, ' ')

describe('audience import page (in a browser DOM)', () => {
  let root: Root
  let server: ReturnType<typeof fakeServer>
  beforeEach(() => {
    ;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true
    server = fakeServer()
    vi.stubGlobal('fetch', server.fetch)
    document.body.innerHTML = '<div id="root"></div>'
    root = createRoot(document.getElementById('root')!)
  })
  afterEach(() => {
    act(() => root.unmount())
    vi.unstubAllGlobals()
  })

  it('reads the file, previews without writing, then commits in chunks of 200 with « 400 / 1 250 lignes »', async () => {
    await act(async () =>
      root.render(
        createElement(AudienceImportClient, { language: 'fr', apiRoute: '/api', listHref: '/admin/collections/audience-snapshots' }),
      ),
    )
    const input = document.querySelector<HTMLInputElement>('[data-testid="audience-import-file"]')!
    Object.defineProperty(input, 'files', { value: [csvFile(1250)] })
    await act(async () => input.dispatchEvent(new Event('change', { bubbles: true })))
    await settle()

    // Read in the browser: the two bad lines are listed by line number; only previews went out.
    expect(text()).toContain('« audience.csv » : 1 252 ligne(s) de données, 1 250 valide(s), 2 erreur(s).')
    expect(text()).toContain('Ligne 1252 : colonne « Canal » — Réseau inconnu : « TikTok »')
    expect(text()).toContain('Ligne 1253 : colonne « Date » — « 31/02/2030 » n’est pas une date du calendrier')
    expect(server.sent.map((body) => [body.mode, body.rows.length])).toEqual([
      ['preview', 500],
      ['preview', 500],
      ['preview', 250],
    ])
    expect(document.querySelectorAll('[data-testid="audience-import-preview"] tbody tr')).toHaveLength(50)
    expect(text()).toContain('1 250 à créer, 0 à mettre à jour, 0 inchangée(s).')
    expect(text()).toContain('Les 2 ligne(s) en erreur ne seront pas importée(s).')

    await act(async () => document.querySelector<HTMLButtonElement>('#audience-import-commit')!.click())
    await settle()
    server.release()
    await settle()
    server.release()
    await settle()
    expect(text()).toContain('400 / 1 250 lignes')
    expect(document.querySelector('progress')!.getAttribute('value')).toBe('400')
    for (let round = 0; round < 6; round++) {
      server.release()
      await settle()
    }

    const commits = server.sent.filter((body) => body.mode === 'commit')
    expect(commits.map((body) => body.rows.length)).toEqual([200, 200, 200, 200, 200, 200, 50])
    expect(commits.flatMap((body) => body.rows.map((row) => row.line))).toEqual(Array.from({ length: 1250 }, (_, index) => index + 2))
    expect(text()).toContain('Import terminé')
    expect(text()).toContain('1 250 relevé(s) créé(s), 0 mis à jour, 0 inchangé(s).')
  })

  it('a file with no valid line sends nothing and says so', async () => {
    await act(async () => root.render(createElement(AudienceImportClient, { language: 'en', apiRoute: '/api', listHref: '/admin' })))
    const input = document.querySelector<HTMLInputElement>('[data-testid="audience-import-file"]')!
    Object.defineProperty(input, 'files', { value: [new File(['Canal;Date;Portée\nFacebook;2030-01-01;5'], 'bad.csv')] })
    await act(async () => input.dispatchEvent(new Event('change', { bubbles: true })))
    await settle()
    expect(text()).toContain('Required column(s) not found: “Followers”.')
    expect(text()).toContain('No valid line to import.')
    expect(server.fetch).not.toHaveBeenCalled()
    expect(document.querySelector('#audience-import-commit')).toBeNull()
  })
})
