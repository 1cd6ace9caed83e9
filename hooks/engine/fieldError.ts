/** A reason a save is refused, at its field. */
export type FieldError = { path: string; message: string }

/** The same reason at the same field once. */
export function dedupe(errors: FieldError[]): FieldError[] {
  const seen = new Set<string>()
  return errors.filter((error) => {
    const key = `${error.path}|${error.message}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
