import { MIN_JUSTIFICATION_LENGTH, OVERRIDABLE_RULES } from '../../src/overrides'
import { translate } from '../../src/translations'
import type { FieldError } from './fieldError'

export type OverrideRow = { rule: string; justification: string; by: unknown; at: string }

/** Keeps stored overrides, stamps new ones with who and when, and checks each new one. */
export function stampOverrides(
  stored: unknown,
  incoming: unknown,
  actorId: number | string | null,
  language: string | undefined,
): { overrides: OverrideRow[]; errors: FieldError[] } {
  const previous = (Array.isArray(stored) ? stored : []) as OverrideRow[]
  const errors: FieldError[] = []
  if (!Array.isArray(incoming)) return { overrides: previous, errors }
  const overrides = (incoming as Partial<OverrideRow & { id: string }>[]).map((row, index) => {
    const known = previous.find((existing) => existing.rule === row.rule && existing.justification === row.justification)
    if (known) return known
    const rule = String(row.rule ?? '')
    if (!OVERRIDABLE_RULES.includes(rule)) {
      errors.push({ path: `overrides.${index}.rule`, message: translate(language, 'workflowErrors:overrideNotOverridable', { rule }) })
    }
    if (String(row.justification ?? '').trim().length < MIN_JUSTIFICATION_LENGTH) {
      errors.push({
        path: `overrides.${index}.justification`,
        message: translate(language, 'workflowErrors:overrideJustificationRequired', { rule }),
      })
    }
    return { rule, justification: String(row.justification ?? '').trim(), by: actorId, at: new Date().toISOString() }
  })
  return { overrides, errors }
}
