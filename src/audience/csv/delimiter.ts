export const DELIMITERS = [';', ',', '\t'] as const
export type Delimiter = (typeof DELIMITERS)[number]

/**
 * The separator is read from a header line, where it is the most frequent of `;` `,` tab outside
 * quotes: data lines are no guide in a French file, where `;` separates and `,` is the decimal
 * mark. On a tie, `;` wins (Excel in French), then tab.
 */
export function detectDelimiter(headerLine: string): Delimiter {
  const counts = new Map<string, number>(DELIMITERS.map((delimiter) => [delimiter, 0]))
  let quoted = false
  for (const character of headerLine) {
    if (character === '"') quoted = !quoted
    else if (!quoted && counts.has(character)) counts.set(character, counts.get(character)! + 1)
  }
  let best: Delimiter = ','
  let bestCount = 0
  for (const delimiter of DELIMITERS) {
    if (counts.get(delimiter)! > bestCount) {
      best = delimiter
      bestCount = counts.get(delimiter)!
    }
  }
  return best
}

/** The first `count` lines that have something on them. */
export function firstNonEmptyLines(text: string, count: number): string[] {
  const lines: string[] = []
  const pattern = /([^\r\n]*)(?:\r\n|\n|\r|$)/y
  while (lines.length < count && pattern.lastIndex < text.length) {
    const line = pattern.exec(text)![1]
    if (line.trim() !== '') lines.push(line)
  }
  return lines
}
