/** What FORBID-3 knows of a person's acceptance of the code of conduct. */
export type Acceptance = { codeOfConductAcceptedAt?: string | null; codeOfConductVersion?: number | null }

/** The version of a policy that predates versioned codes of conduct. */
export const FIRST_CODE_VERSION = 1

/**
 * An acceptance counts only for the version of the code in force: when the organisation publishes
 * a new version of its code, everyone accepts it again. An acceptance recorded before codes had
 * versions (a date, no version) is one of the first version, on SQLite as on MongoDB.
 */
export function hasAcceptedCurrentCode(person: Acceptance | null | undefined, currentVersion: number): boolean {
  if (!person?.codeOfConductAcceptedAt?.trim()) return false
  return (person.codeOfConductVersion ?? FIRST_CODE_VERSION) >= currentVersion
}

/** The code's version as stored in the policy (missing before the first save: the first version). */
export function codeVersionOf(policy: { codeOfConduct?: { version?: number | null } | null } | null | undefined): number {
  const version = policy?.codeOfConduct?.version
  return typeof version === 'number' && Number.isInteger(version) && version >= FIRST_CODE_VERSION ? version : FIRST_CODE_VERSION
}
