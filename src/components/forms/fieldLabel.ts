type ClientField = { name?: string; label?: unknown; fields?: ClientField[]; tabs?: ClientField[] }

function labelText(label: unknown, language: string): string | null {
  if (typeof label === 'string') return label
  if (label && typeof label === 'object') {
    const byLanguage = label as Record<string, unknown>
    const text = byLanguage[language] ?? byLanguage.fr ?? byLanguage.en
    return typeof text === 'string' ? text : null
  }
  return null
}

/**
 * The label of the field at a form path (`channels.0.text` → « Réseau 1 › Texte »), from the
 * collection's client config; null when the path names no known field.
 */
export function fieldLabelAt(fields: ClientField[] | undefined, path: string, language: string): string | null {
  const parts: string[] = []
  let level = fields ?? []
  for (const segment of path.split('.')) {
    if (/^\d+$/.test(segment)) {
      if (parts.length > 0) parts[parts.length - 1] = `${parts[parts.length - 1]} ${Number(segment) + 1}`
      continue
    }
    const field = findNamed(level, segment)
    if (!field) return parts.length ? parts.join(' › ') : null
    parts.push(labelText(field.label, language) ?? segment)
    level = field.fields ?? []
  }
  return parts.join(' › ')
}

/** Looks through unnamed layout fields (rows, collapsibles, tabs) for the named one. */
function findNamed(fields: ClientField[], name: string): ClientField | undefined {
  for (const field of fields) {
    if (field.name === name) return field
    if (!field.name) {
      const nested = findNamed([...(field.fields ?? []), ...(field.tabs ?? [])], name)
      if (nested) return nested
    }
  }
  return undefined
}
