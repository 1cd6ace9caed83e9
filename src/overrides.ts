/**
 * FORBID-1 warnings are the only findings a person may override, with a written justification;
 * GOV-6 is resolved by ticking its checkbox. Who may override: src/access/mayOverrideRules.ts.
 */
export const OVERRIDABLE_RULE = 'FORBID-1'
export const OVERRIDABLE_RULES: readonly string[] = [OVERRIDABLE_RULE]

/** The shortest justification an override is accepted with (trimmed). */
export const MIN_JUSTIFICATION_LENGTH = 10
