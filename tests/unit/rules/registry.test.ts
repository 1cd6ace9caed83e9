import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { describe, expect, it } from 'vitest'

import { CASCADE_RULE_IDS, CASCADES } from '../../helpers/cascades'
import { RHYTHM_RULE_ID } from '../../../calendar/rhythm'
import { RULE_IDS, RULES } from '../../../hooks/rules'
import { balises } from '../../../src/index'

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url))
const sharedRulebook = path.resolve(repoRoot, '..', 'shared', 'rulebook.md')
const repoRulebook = path.resolve(repoRoot, 'docs', 'rulebook.md')

/** Rules of the rulebook that are not post rules: they live elsewhere or are still to build. */
const PENDING: Record<string, string> = {}

/** Rules enforced outside the save hooks: the calendar's rhythm warning. */
const CALENDAR_RULE_IDS: readonly string[] = [RHYTHM_RULE_ID]

/** Rule IDs enforced here at another level than the rulebook's, on purpose. */
const LEVEL_EXCEPTIONS: Record<string, { rulebook: string; enforced: string; why: string }> = {
  'FORBID-3': {
    rulebook: 'support',
    enforced: 'block',
    why: 'no content is written by an account that has not accepted the code of conduct',
  },
}

type Level = 'block' | 'gate' | 'warn' | 'support'

function readRulebook(): string {
  const shared = existsSync(sharedRulebook) ? readFileSync(sharedRulebook, 'utf8') : null
  const copy = existsSync(repoRulebook) ? readFileSync(repoRulebook, 'utf8') : null
  if (shared !== null && copy !== null) expect(copy, 'docs/rulebook.md must be an exact copy of ../shared/rulebook.md').toBe(shared)
  const text = shared ?? copy
  if (text === null) throw new Error(`no rulebook at ${sharedRulebook} nor ${repoRulebook}`)
  return text
}

/**
 * Every `**ID** (level…)` declaration: `- **PRIV-1** (gate): …`, `Rule **CAT** (block): …`,
 * `- **FORBID-2** (block for posts; support for replies): …`. The level is the first level word
 * of the parenthesis.
 */
function parseDeclaredLevels(markdown: string): Map<string, Level> {
  const levels = new Map<string, Level>()
  for (const match of markdown.matchAll(/\*\*([A-Z]+(?:-\d+)?)\*\*\s*\(([^)]*)\)/g)) {
    const level = /\b(block|gate|warn|support)\b/i.exec(match[2])?.[1].toLowerCase() as Level | undefined
    if (level && !levels.has(match[1])) levels.set(match[1], level)
  }
  return levels
}

/** The CAT-n codes of the category table (`| CAT-6 | …`). */
function parseCategoryCodes(markdown: string): string[] {
  return [...markdown.matchAll(/^\|\s*(CAT-\d+)\s*\|/gm)].map((match) => match[1])
}

const rulebook = readRulebook()
const declared = parseDeclaredLevels(rulebook)
const enforcedIds = [...declared].filter(([, level]) => level !== 'support').map(([id]) => id)

function expectedLevel(id: string): string | undefined {
  if (LEVEL_EXCEPTIONS[id]) return LEVEL_EXCEPTIONS[id].enforced
  if (/^CAT-\d+$/.test(id)) return declared.get('CAT') // category rules inherit CAT's level
  return declared.get(id)
}

describe('rule registry against the rulebook', () => {
  it('parses the rulebook’s declarations, whatever their wording', () => {
    expect(enforcedIds.length).toBeGreaterThanOrEqual(10)
    expect(declared.get('CAT')).toBe('block')
    expect(declared.get('PRIV-1')).toBe('gate')
    expect(declared.get('FORBID-1')).toBe('warn')
    expect(declared.get('FORBID-2')).toBe('block')
    expect(declared.get('PRIV-3')).toBe('gate')
    expect(declared.get('GOV-1')).toBe('support')
    expect(parseDeclaredLevels('- **ABC-12** (Warn, re-checked): x\nRule **XYZ** (gate): y')).toEqual(
      new Map([
        ['ABC-12', 'warn'],
        ['XYZ', 'gate'],
      ]),
    )
  })

  it('implements every block, gate or warn rule, or lists it as pending with a reason', () => {
    const pending = enforcedIds.filter(
      (id) => !RULE_IDS.includes(id as never) && !CASCADE_RULE_IDS.includes(id) && !CALENDAR_RULE_IDS.includes(id),
    )
    console.log(`pending rules (not post rules): ${pending.map((id) => `${id} (${PENDING[id] ?? 'NO REASON'})`).join(', ')}`)
    expect(pending.filter((id) => !(id in PENDING))).toEqual([])
  })

  it('has no stale pending entry', () => {
    for (const id of Object.keys(PENDING)) {
      expect(declared.has(id), `${id} is not in the rulebook`).toBe(true)
      expect(
        RULE_IDS.includes(id as never) || CASCADE_RULE_IDS.includes(id) || CALENDAR_RULE_IDS.includes(id),
        `${id} is implemented: remove it from PENDING`,
      ).toBe(false)
    }
  })

  it('gives every rule a unique ID that the rulebook knows', () => {
    expect(new Set(RULE_IDS).size).toBe(RULES.length)
    expect(RULE_IDS).toEqual(RULES.map((rule) => rule.id))
    const categories = parseCategoryCodes(rulebook)
    for (const id of RULE_IDS) {
      expect(declared.has(id) || categories.includes(id), `${id} is not in the rulebook`).toBe(true)
    }
  })

  it.each(RULES.map((rule) => [rule.id, rule] as const))('%s has the rulebook’s level and French and English titles', (id, rule) => {
    expect(rule.level).toBe(expectedLevel(id))
    expect(rule.title.fr.trim()).not.toBe('')
    expect(rule.title.en.trim()).not.toBe('')
    expect(rule.title.fr).not.toBe(rule.title.en)
  })

  it('installs every cascade rule on its collection, at the rulebook’s level', () => {
    const config = balises()({ secret: 'unit', db: {} as never, collections: [] })
    for (const cascade of CASCADES) {
      expect(cascade.level).toBe(declared.get(cascade.rule))
      const collection = config.collections?.find((candidate) => candidate.slug === cascade.collection)
      expect(collection?.hooks?.afterChange, `${cascade.rule} hook on ${cascade.collection}`).toContain(cascade.hook)
    }
  })

  it('keeps the documented level exceptions true to the rulebook', () => {
    for (const [id, exception] of Object.entries(LEVEL_EXCEPTIONS)) {
      expect(declared.get(id)).toBe(exception.rulebook)
    }
  })
})
