/**
 * Which queued jobs carry a copy of a person or a consent (PRIV-4 retention purge).
 *
 * Heuristic: a job's stored JSON (its `input`, its `taskStatus` and its `log` entries' inputs and
 * outputs) is walked at any depth; it mentions a person when a key named `person` or `personId`
 * holds that person's ID, and a consent when a key named `consent` or `consentId` holds that
 * consent's ID. The value may be the ID itself (number or string), a populated document
 * (`{ id }`), a polymorphic relationship (`{ relationTo, value }`) or an array of those. The key
 * name matters: people and consents have separate ID sequences, so a bare `id: 12` says nothing.
 * A job that names someone in free text without one of these keys is not found; Balises' own
 * tasks only ever pass IDs under these keys.
 */
export type MentionTargets = { people?: readonly (number | string)[]; consents?: readonly (number | string)[] }

const PERSON_KEYS = ['person', 'personId']
const CONSENT_KEYS = ['consent', 'consentId']
const MAX_DEPTH = 32

function referencedIds(value: unknown, depth = 0): string[] {
  if (depth > 4 || value === null || value === undefined) return []
  if (typeof value === 'number' || typeof value === 'string') return [String(value)]
  if (Array.isArray(value)) return value.flatMap((item) => referencedIds(item, depth + 1))
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>
    if ('value' in record && 'relationTo' in record) return referencedIds(record.value, depth + 1)
    if ('id' in record) return referencedIds(record.id, depth + 1)
  }
  return []
}

function walk(value: unknown, people: Set<string>, consents: Set<string>, depth: number): boolean {
  if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return false
  if (Array.isArray(value)) return value.some((item) => walk(item, people, consents, depth + 1))
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    if (PERSON_KEYS.includes(key) && referencedIds(child).some((id) => people.has(id))) return true
    if (CONSENT_KEYS.includes(key) && referencedIds(child).some((id) => consents.has(id))) return true
    if (walk(child, people, consents, depth + 1)) return true
  }
  return false
}

/** Whether `value` (parsed JSON) mentions one of the people or consents, as described above. */
export function mentionsTargets(value: unknown, targets: MentionTargets): boolean {
  const people = new Set((targets.people ?? []).map(String))
  const consents = new Set((targets.consents ?? []).map(String))
  if (people.size === 0 && consents.size === 0) return false
  // A JSON field may come back as a string (some adapters, hand-written rows).
  if (typeof value === 'string') {
    try {
      return walk(JSON.parse(value), people, consents, 0)
    } catch {
      return false
    }
  }
  return walk(value, people, consents, 0)
}

/** The parts of a `payload-jobs` document that hold task data. */
export function jobMentions(job: { input?: unknown; taskStatus?: unknown; log?: unknown }, targets: MentionTargets): boolean {
  return [job.input, job.taskStatus, job.log].some((part) => mentionsTargets(part, targets))
}
