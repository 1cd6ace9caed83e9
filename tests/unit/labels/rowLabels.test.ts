import { describe, expect, it } from 'vitest'

import {
  auditActorLabel,
  auditChangeRowLabel,
  auditSummaryLabel,
  channelRowLabel,
  complianceRowLabel,
  historyRowLabel,
  keyDateRowLabel,
  overrideRowLabel,
} from '../../../src/components/rowLabels/format'
import { translate } from '../../../src/translations'

// Intl writes a narrow no-break space in « 63 206 » and « 16 h 28 »: compare on plain spaces.
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ')

describe('array rows say what they hold (src/components/rowLabels/format.ts)', () => {
  it('posts.channels: the network and its text counted as CHAN-1 counts', () => {
    expect(channelRowLabel({ channel: 'facebook', text: 'Bonjour' }, 'fr')).toBe('Facebook — 7 caractères')
    // X counts a link as 23, whatever its length.
    expect(channelRowLabel({ channel: 'x', text: 'Voir https://exemple.org/un/tres/long/chemin/vers/la/page' }, 'en')).toBe(
      'X — 28 characters',
    )
    expect(channelRowLabel({ channel: 'bluesky', text: '👨‍👩‍👧' }, 'fr')).toBe('Bluesky — 1 caractère')
    expect(channelRowLabel({ channel: 'linkedin', text: '' }, 'fr')).toBe('LinkedIn — texte commun')
    expect(channelRowLabel({}, 'fr')).toBe('Nouveau réseau')
    expect(channelRowLabel(undefined, 'en')).toBe('New network')
  })

  it('posts.compliance: the rule and its level', () => {
    expect(complianceRowLabel({ rule: 'FORBID-1', level: 'block' }, 'fr')).toBe('FORBID-1 · bloquant')
    expect(complianceRowLabel({ rule: 'CHAN-1', level: 'warn', overridden: true }, 'en')).toBe('CHAN-1 · warning · override granted')
    expect(complianceRowLabel({}, 'fr')).toBe('Nouveau constat')
  })

  it('posts.history: stages by their label, the moment (24 h, year shown) and the person', () => {
    const row = { from: 'draft', to: 'in_review', at: '2026-12-01T21:28:00.000Z' }
    expect(plain(historyRowLabel(row, 'fr', 'Marie Tremblay', 'America/Toronto'))).toBe(
      'Brouillon → En révision · 1 déc. 2026, 16 h 28 · Marie Tremblay',
    )
    expect(plain(historyRowLabel(row, 'en', 'Marie Tremblay', 'America/Toronto'))).toBe(
      'Draft → In review · Dec 1, 2026, 4:28 PM · Marie Tremblay',
    )
    expect(historyRowLabel({ to: 'draft' }, 'fr')).toBe('→ Brouillon')
    expect(historyRowLabel({}, 'fr')).toBe('Nouvelle étape')
  })

  it('posts.history: a delivery event says where the post went out or came down, with no stages', () => {
    const at = '2026-12-10T15:00:30.000Z'
    expect(plain(historyRowLabel({ event: 'delivered', network: 'bluesky', at }, 'fr', null, 'America/Toronto'))).toBe(
      'Publiée sur Bluesky · 10 déc. 2026, 10 h 00',
    )
    expect(historyRowLabel({ event: 'removed', network: 'mastodon' }, 'en')).toBe('Removed from Mastodon')
    expect(historyRowLabel({ event: 'removalFailed', network: 'facebook' }, 'fr')).toBe('Retrait échoué sur Facebook')
    expect(historyRowLabel({ event: 'deliveryFailed', network: 'instagram' }, 'en')).toBe('Publishing on Instagram failed')
  })

  it('posts.overrides: the rule and the start of the justification', () => {
    const justification = 'Témoignage publié avec l’accord écrit de la famille, après relecture par la responsable et la direction.'
    const label = overrideRowLabel({ rule: 'FORBID-1', justification }, 'fr')
    expect(label.startsWith('FORBID-1 — Témoignage publié avec l’accord écrit')).toBe(true)
    expect(label.endsWith('…')).toBe(true)
    expect(label.length).toBeLessThan(75)
    expect(overrideRowLabel({}, 'fr')).toBe('Nouvelle dérogation')
  })

  it('policy rows: key dates', () => {
    expect(plain(keyDateRowLabel({ label: 'Fête nationale', date: '2026-06-24T12:00:00.000Z', yearly: true }, 'fr'))).toBe(
      'Fête nationale — 24 juin 2026 · chaque année',
    )
    expect(keyDateRowLabel({}, 'fr')).toBe('Nouvelle date clé')
  })

  it('audit changes: the field by its label, values in words', () => {
    const info = { label: 'Date de retrait' }
    expect(plain(auditChangeRowLabel({ field: 'revokedAt', from: '', to: '2026-12-02T15:04:00.000Z' }, 'fr', info))).toMatch(
      /^Date de retrait : — → 2 déc\. 2026, \d{2} h 04$/,
    )
    expect(auditChangeRowLabel({ field: 'workflowStatus', from: 'draft', to: 'in_review' }, 'fr')).toBe(
      `${translate('fr', 'posts:workflowStatus')} : Brouillon → En révision`,
    )
    expect(auditChangeRowLabel({ field: 'workflowStatus', from: 'draft', to: 'in_review' }, 'en')).toMatch(/: Draft → In review$/)
    const options = { label: 'Moyen du retrait', optionLabel: (value: string) => ({ email: 'Courriel' })[value] }
    expect(auditChangeRowLabel({ field: 'revocationMethod', from: '', to: 'email' }, 'fr', options)).toBe('Moyen du retrait : — → Courriel')
    expect(auditChangeRowLabel({ field: 'retired', from: 'false', to: 'true' }, 'fr')).toBe('retired : non → oui')
    expect(auditChangeRowLabel({}, 'fr')).toBe('Nouveau changement')
  })

  it('audit summaries: stored codes shown by their labels, the title left as written', () => {
    const describe = (field: string) =>
      ({ revokedAt: { label: 'Date de retrait' }, revocationMethod: { label: 'Moyen du retrait' } })[field]
    expect(auditSummaryLabel('Consentement de Léa — revokedAt, revocationMethod', 'fr', describe)).toBe(
      'Consentement de Léa — Date de retrait, Moyen du retrait',
    )
    expect(auditSummaryLabel('« Nos ateliers » : draft → in_review', 'fr', describe)).toBe('« Nos ateliers » : Brouillon → En révision')
    expect(auditSummaryLabel('« Nos ateliers » : draft → in_review', 'en', describe)).toBe('« Nos ateliers »: Draft → In review')
    // The titles the trail writes in French for consents and positions are said in the reader's language.
    expect(auditSummaryLabel('Consentement n° 3 (personne n° 7) — revokedAt', 'en', describe)).toBe(
      'Consent no. 3 (person no. 7) — Date de retrait',
    )
    expect(auditSummaryLabel('Consentement n° 3 (personne n° 7)', 'fr', describe)).toBe('Consentement n° 3 (personne n° 7)')
    expect(auditSummaryLabel('Position « Le droit des enfants »', 'en', describe)).toBe('Position "Le droit des enfants"')
    // A title that merely contains a dash keeps its words.
    expect(auditSummaryLabel('Position — Le droit des enfants', 'fr', describe)).toBe('Position — Le droit des enfants')
  })
  it('audit actor: the system in the reader’s language, people by their name', () => {
    expect(auditActorLabel('Système', 'en')).toBe('System')
    expect(auditActorLabel('Système', 'fr')).toBe('Système')
    expect(auditActorLabel('Système (Roxanne Responsable)', 'en')).toBe('System (Roxanne Responsable)')
    expect(auditActorLabel(null, 'en')).toBe('System')
    expect(auditActorLabel('Rémi Rédaction', 'en')).toBe('Rémi Rédaction')
  })
})
