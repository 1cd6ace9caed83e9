import type { AdminViewServerProps, Payload } from 'payload'
import type { ReactElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import { type Team, createConsent, createPerson, setUpTeam } from '../helpers/fixtures'

// The admin shell (Payload's layout, login redirect) needs Next; here the page is just its content.
const shell = vi.hoisted(() => ({ redirected: [] as string[] }))
vi.mock('../../src/components/adminView', () => ({
  adminViewShell: (props: AdminViewServerProps, returnTo: string) => {
    const { req } = props.initPageResult
    if (!req.user) {
      shell.redirected.push(returnTo)
      throw new Error('NEXT_REDIRECT')
    }
    return {
      req,
      user: req.user,
      language: req.i18n.language === 'en' ? 'en' : 'fr',
      adminRoute: '/admin',
      page: (children: ReactElement) => children,
    }
  },
}))

const loader = vi.hoisted(() => ({ calls: 0 }))
vi.mock('../../src/digest/loadMeetingDigest', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/digest/loadMeetingDigest')>()
  return {
    loadMeetingDigest: (...args: Parameters<typeof original.loadMeetingDigest>) => {
      loader.calls++
      return original.loadMeetingDigest(...args)
    },
  }
})

const { DigestView } = await import('../../src/digest/view/DigestView')

describe('/admin/reunion (DigestView), rendered on the server', () => {
  let payload: Payload
  let team: Team
  setUpTeam((started, members) => {
    payload = started
    team = members
  })

  beforeAll(async () => {
    const person = await createPerson(payload, { fullName: 'Personne Visible-Responsable' })
    await createConsent(payload, person.id, { expiresAt: new Date(Date.now() + 10 * 86_400_000).toISOString() })
  })

  const render = async (user: Team[keyof Team] | null, language = 'fr') => {
    const req = { payload, user, i18n: { language } }
    const props = { initPageResult: { req }, params: {}, searchParams: {} } as unknown as AdminViewServerProps
    return renderToStaticMarkup((await DigestView(props)) as ReactElement)
  }

  it('shows every section in order, the copy button and, for the responsible person, consents and the meeting link', async () => {
    const html = await render(team.responsable)
    const ids = [...html.matchAll(/data-testid="(digest-[a-z-]+)"/g)].map((match) => match[1])
    const sections = [
      'digest-published',
      'digest-upcoming',
      'digest-rhythm',
      'digest-audience',
      'digest-moderation',
      'digest-overrides',
      'digest-consents',
    ]
    expect(ids.filter((id) => sections.includes(id))).toEqual(sections)
    expect(ids).toContain('digest-copy-markdown')
    expect(html).toContain('Copier en Markdown')
    expect(html).toContain('Imprimer')
    expect(html).toContain('href="/admin/collections/meetings/create"')
    expect(html).toContain('Personne Visible-Responsable')
  })

  it('reserves consents for redaction and offers no meeting link', async () => {
    const html = await render(team.redaction)
    expect(html).not.toContain('Personne Visible-Responsable')
    expect(html).toContain('Section réservée à la personne responsable')
    expect(html).not.toContain('meetings/create')
  })

  it('speaks English when the admin is in English', async () => {
    const html = await render(team.collective, 'en')
    expect(html).toContain('Copy as Markdown')
    expect(html).toContain('The next two weeks')
  })

  it('sends an anonymous visitor to the login page before loading anything', async () => {
    const before = loader.calls
    await expect(render(null)).rejects.toThrow('NEXT_REDIRECT')
    expect(shell.redirected).toContain('/reunion')
    expect(loader.calls).toBe(before)
  })
})
