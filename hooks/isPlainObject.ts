/** A JSON object (not null, not an array): what a request body or a `where` clause must be. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}
