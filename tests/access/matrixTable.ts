import { ACCESS_MATRIX, ACTORS, type Cell } from './matrix'

const SYMBOLS = (cell: Cell): string => (cell === true ? '✓' : cell === false ? '—' : cell)

/** The README's access table, rendered from ACCESS_MATRIX (a unit test keeps the README in step). */
export function accessMatrixTable(): string {
  const lines = [`| collection · operation | ${ACTORS.join(' | ')} |`, `|${'---|'.repeat(ACTORS.length + 1)}`]
  for (const [slug, operations] of Object.entries(ACCESS_MATRIX)) {
    for (const [operation, row] of Object.entries(operations)) {
      lines.push(`| ${slug} · ${operation} | ${ACTORS.map((actor) => SYMBOLS(row![actor])).join(' | ')} |`)
    }
  }
  return lines.join('\n')
}
