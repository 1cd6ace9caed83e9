import sharp from 'sharp'
import type { Payload } from 'payload'

import type { Media } from '../payload-types'
import type { DemoImageKey } from './demoPosts'
import { demoSignedForm } from './signedForm'

type Id = Media['id']

/** A plain coloured picture standing in for a real photo. */
async function picture(colour: string): Promise<Buffer> {
  return sharp({ create: { width: 640, height: 400, channels: 3, background: colour } })
    .png()
    .toBuffer()
}

/**
 * Demo people with consents (PRIV-1, PRIV-2) and the images that show them: a poster with no
 * identifiable person, a workshop photo of a 9-year-old with a parent's consent, a photo of two
 * adult volunteers who signed for themselves.
 */
const DAY_MS = 24 * 3600_000

export async function seedDemoMedia(payload: Payload, now: Date): Promise<Record<DemoImageKey, Id>> {
  const year = now.getUTCFullYear()
  // Relative to the first start, so a demo consent covers the demo posts on any day of the year.
  const noon = (daysFromToday: number) => new Date(now.getTime() + daysFromToday * DAY_MS).toISOString().slice(0, 10) + 'T12:00:00.000Z'
  const child = await payload.create({
    collection: 'people',
    data: { fullName: 'Léa Gagnon', kind: 'child', birthDate: `${year - 9}-04-12T12:00:00.000Z`, retentionUntil: noon(900) },
  })
  const volunteers = await Promise.all(
    ['Martin Roy', 'Nadia Côté'].map((fullName) =>
      payload.create({ collection: 'people', data: { fullName, kind: 'volunteer', ageBand: 'adult' } }),
    ),
  )
  // PRIV-4: the child's consent has its signed form attached; the volunteers' paper forms are at the office.
  const signedForm = demoSignedForm('Isabelle Gagnon', 'Léa Gagnon')
  const form = await payload.create({
    collection: 'consent-forms',
    data: {},
    file: { data: signedForm, mimetype: 'application/pdf', name: 'consentement-lea-gagnon.pdf', size: signedForm.length },
  })
  await payload.create({
    collection: 'consents',
    data: {
      evidence: form.id,
      person: child.id,
      relationship: 'parent',
      signatoryName: 'Isabelle Gagnon',
      formVersion: 'Formulaire photo 2026-01',
      scopes: ['facebook', 'instagram'],
      validFrom: noon(-300),
      expiresAt: noon(540),
      retentionUntil: noon(900),
    },
  })
  for (const volunteer of volunteers) {
    await payload.create({
      collection: 'consents',
      data: {
        person: volunteer.id,
        relationship: 'self',
        signatoryName: volunteer.fullName,
        formVersion: 'Formulaire photo 2026-01',
        scopes: ['facebook', 'instagram', 'linkedin', 'x'],
        validFrom: noon(-300),
        expiresAt: noon(720),
        retentionUntil: noon(1450),
        evidenceWaiver: 'Formulaire papier signé, conservé au bureau (classeur des consentements)',
      },
    })
  }

  const upload = async (name: string, colour: string, data: Partial<Media>) => {
    const buffer = await picture(colour)
    const media = await payload.create({
      collection: 'media',
      data: { alt: data.alt ?? name, ...data },
      file: { data: buffer, mimetype: 'image/png', name, size: buffer.length },
    })
    return media.id
  }
  return {
    poster: await upload('affiche-souper-benefice.png', '#db2777', { alt: 'Affiche du souper-bénéfice', noIdentifiablePerson: true }),
    workshop: await upload('atelier-prevention.png', '#0891b2', { alt: 'Atelier de prévention en classe', people: [child.id] }),
    volunteers: await upload('benevoles-automne.png', '#65a30d', {
      alt: 'Deux bénévoles à l’accueil',
      people: volunteers.map((person) => person.id),
    }),
  }
}
