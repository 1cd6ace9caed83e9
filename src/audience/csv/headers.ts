import { tr } from '../../translations'
import { bilingual, compact, quotedList, type CsvMessage } from './messages'

export const SNAPSHOT_FIELDS = ['channel', 'date', 'followers', 'pageLikes', 'reach', 'engagement'] as const
export type SnapshotField = (typeof SNAPSHOT_FIELDS)[number]
export const REQUIRED_FIELDS: readonly SnapshotField[] = ['channel', 'date', 'followers']
export const COUNT_FIELDS = ['followers', 'pageLikes', 'reach', 'engagement'] as const
export type CountField = (typeof COUNT_FIELDS)[number]

/** Column names people write, compared without case, accents, spaces or punctuation. */
const ALIASES: Record<SnapshotField, string[]> = {
  channel: ['canal', 'reseau', 'reseausocial', 'reseaux', 'plateforme', 'channel', 'network', 'platform', 'socialnetwork'],
  date: ['date', 'jour', 'day', 'datedureleve'],
  followers: ['abonnes', 'abonnees', 'abonnesees', 'nombredabonnes', 'followers', 'subscribers', 'nombredefollowers'],
  pageLikes: ['mentionsjaime', 'jaime', 'mentionsjaimedelapage', 'jaimedelapage', 'likes', 'pagelikes', 'fans'],
  reach: ['portee', 'reach'],
  engagement: ['interactions', 'engagement', 'engagements'],
}

/** The labels Balises itself shows (« Mentions « J’aime » de la page », « Date du relevé »…) are accepted too. */
const LABEL_KEYS: Record<SnapshotField, Parameters<typeof tr>[0]> = {
  channel: 'posts:channel',
  date: 'audience:date',
  followers: 'audience:followers',
  pageLikes: 'audience:pageLikes',
  reach: 'audience:reach',
  engagement: 'audience:engagement',
}

const BY_NAME = new Map<string, SnapshotField>()
for (const field of SNAPSHOT_FIELDS) {
  const label = tr(LABEL_KEYS[field])
  for (const name of [...ALIASES[field], compact(label.fr), compact(label.en)]) BY_NAME.set(name, field)
}

export function fieldLabel(field: SnapshotField): CsvMessage {
  return tr(LABEL_KEYS[field])
}

export function fieldOfHeader(header: string): SnapshotField | null {
  return BY_NAME.get(compact(header)) ?? null
}

export type HeaderMapping = {
  /** Column index of each recognised field. */
  columns: Partial<Record<SnapshotField, number>>
  /** The header as written in the file, by column index (for messages). */
  names: string[]
  ignored: string[]
  missing: SnapshotField[]
  /** Two columns for one field: which ones. */
  conflicts: { field: SnapshotField; first: string; second: string }[]
}

export function mapHeaders(cells: string[]): HeaderMapping {
  const names = cells.map((cell) => cell.trim())
  const columns: HeaderMapping['columns'] = {}
  const ignored: string[] = []
  const conflicts: HeaderMapping['conflicts'] = []
  names.forEach((name, index) => {
    if (!name) return
    const field = fieldOfHeader(name)
    if (!field) ignored.push(name)
    else if (columns[field] !== undefined) conflicts.push({ field, first: names[columns[field]], second: name })
    else columns[field] = index
  })
  const missing = REQUIRED_FIELDS.filter((field) => columns[field] === undefined)
  return { columns, names, ignored, missing, conflicts }
}

export function missingColumnsMessage(missing: SnapshotField[]): CsvMessage {
  return bilingual('csvImport:missingColumns', { columns: quotedList(missing.map(fieldLabel)) })
}
