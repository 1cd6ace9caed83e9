import { expect } from 'vitest'

import type {
  CategoryFacts,
  ConsentFacts,
  MediaFacts,
  PersonFacts,
  PostSnapshot,
  RuleContext,
  RuleId,
  Violation,
} from '../../../hooks/rules/types'
import { withRuleId } from '../../../hooks/rules/messages'
import { DEFAULT_CHANNEL_LIMITS } from '../../../src/channels'
import { DEFAULT_ALLOWED_PHRASES, DEFAULT_FORBIDDEN_PATTERNS } from '../../../src/policy/defaults'

export const NOW = new Date('2026-03-10T15:00:00.000Z')
export const TIME_ZONE = 'America/Toronto'

export function makePost(overrides: Partial<PostSnapshot> = {}): PostSnapshot {
  return {
    id: 1,
    title: 'Atelier de prévention',
    categoryId: 2,
    channels: [{ channel: 'facebook', text: 'Venez à notre atelier de prévention samedi !' }],
    bodyText: 'Un atelier pour les familles.',
    mediaIds: [],
    positionId: null,
    source: null,
    sourceOrganisation: null,
    closingDate: null,
    publishAt: null,
    publishedAt: null,
    workflowStatus: 'draft',
    valuesConfirmed: false,
    ...overrides,
  }
}

export function makeCategory(code: string, overrides: Partial<CategoryFacts> = {}): CategoryFacts {
  return { id: 2, code, retired: false, labelFr: `Catégorie ${code}`, labelEn: `Category ${code}`, ...overrides }
}

export function makeContext(overrides: Partial<RuleContext> = {}): RuleContext {
  return {
    category: makeCategory('CAT-2'),
    position: null,
    media: [],
    people: new Map(),
    consentsByPerson: new Map(),
    policy: {
      timeZone: TIME_ZONE,
      channelLimits: { ...DEFAULT_CHANNEL_LIMITS },
      forbiddenPatterns: [...DEFAULT_FORBIDDEN_PATTERNS],
      allowedPhrases: [...DEFAULT_ALLOWED_PHRASES],
      codeOfConductVersion: 1,
    },
    now: NOW,
    actor: { id: 7, roles: ['redaction'], codeOfConductAcceptedAt: '2026-01-05T14:00:00.000Z', codeOfConductVersion: 1 },
    transition: null,
    ...overrides,
  }
}

export function makeMedia(overrides: Partial<MediaFacts> = {}): MediaFacts {
  return { id: 10, filename: 'atelier.jpg', noIdentifiablePerson: false, peopleIds: [], ...overrides }
}

export function makePerson(overrides: Partial<PersonFacts> = {}): PersonFacts {
  return { id: 100, birthDate: '1980-05-01', ageBand: 'adult', ...overrides }
}

export function makeConsent(overrides: Partial<ConsentFacts> = {}): ConsentFacts {
  return {
    id: 1000,
    personId: 100,
    relationship: 'self',
    signatoryName: null,
    scopes: ['facebook', 'instagram', 'x', 'linkedin', 'bluesky', 'mastodon'],
    validFrom: '2026-01-01T05:00:00.000Z',
    expiresAt: null,
    signedForm: true,
    revokedAt: null,
    ...overrides,
  }
}

/** A context with one image showing the given people, with their facts and consents. */
export function withPeople(
  people: { person: PersonFacts; consents: ConsentFacts[] }[],
  overrides: Partial<RuleContext> = {},
  media: Partial<MediaFacts> = {},
): RuleContext {
  return makeContext({
    media: [makeMedia({ peopleIds: people.map(({ person }) => person.id), ...media })],
    people: new Map(people.map(({ person }) => [String(person.id), person])),
    consentsByPerson: new Map(people.map(({ person, consents }) => [String(person.id), consents])),
    ...overrides,
  })
}

/**
 * The rule ID is data beside the message, not a prefix in it; shown to people, the message names
 * the rule in both languages (`withRuleId`).
 */
export function expectNamesRule(violation: Violation, rule: RuleId): void {
  expect(violation.rule).toBe(rule)
  expect(violation.message.fr.startsWith(rule)).toBe(false)
  expect(violation.message.en.startsWith(rule)).toBe(false)
  expect(withRuleId(violation, 'fr').startsWith(`${rule} : `)).toBe(true)
  expect(withRuleId(violation, 'en').startsWith(`${rule}: `)).toBe(true)
}
