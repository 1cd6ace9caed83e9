import type { Channel } from '../../src/channels'
import type { WorkflowStatus } from '../../src/workflow'
import type { Id, PostSnapshot } from '../rules/types'

/** A relationship value as stored (an ID) or populated (a document with an ID). */
export function relationId(value: unknown): Id | null {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'number' || typeof value === 'string') return value
  if (typeof value === 'object' && 'id' in value) return relationId((value as { id: unknown }).id)
  return null
}

export function relationIds(value: unknown): Id[] {
  if (!Array.isArray(value)) return []
  return value.map(relationId).filter((id): id is Id => id !== null)
}

type LexicalNode = { type?: string; text?: string; children?: LexicalNode[] }

function nodeText(node: LexicalNode): string {
  if (node.type === 'linebreak') return '\n'
  if (typeof node.text === 'string') return node.text
  const separator = node.type === 'list' ? '\n' : ''
  return (node.children ?? []).map(nodeText).join(separator)
}

/** The plain text of a Lexical editor state: one line per block. */
export function lexicalText(state: unknown): string {
  const root = (state as { root?: LexicalNode } | null | undefined)?.root
  return (root?.children ?? []).map(nodeText).join('\n')
}

type PostDocument = Record<string, unknown>

/** The post as the rules see it, from the stored document with this save's data on top. */
export function toPostSnapshot(doc: PostDocument): PostSnapshot {
  const channels = Array.isArray(doc.channels) ? (doc.channels as { channel?: Channel; text?: string | null }[]) : []
  return {
    id: relationId(doc.id),
    title: typeof doc.title === 'string' ? doc.title : '',
    categoryId: relationId(doc.category),
    // The rules run before Payload validates the fields: a value of the wrong type (an object
    // sent as a channel or a text) is left for that validation to refuse with a 400.
    channels: channels
      .filter(
        (row): row is { channel: Channel; text?: string | null } => typeof row?.channel === 'string' && (row.channel as string) !== '',
      )
      .map((row) => ({ channel: row.channel, text: typeof row.text === 'string' ? row.text : '' })),
    bodyText: lexicalText(doc.body),
    mediaIds: relationIds(doc.media),
    positionId: relationId(doc.position),
    source: typeof doc.source === 'string' && doc.source.trim() ? doc.source : null,
    sourceOrganisation: typeof doc.sourceOrganisation === 'string' && doc.sourceOrganisation.trim() ? doc.sourceOrganisation : null,
    closingDate: typeof doc.closingDate === 'string' && doc.closingDate ? doc.closingDate : null,
    publishAt: typeof doc.publishAt === 'string' && doc.publishAt ? doc.publishAt : null,
    publishedAt: typeof doc.publishedAt === 'string' && doc.publishedAt ? doc.publishedAt : null,
    workflowStatus: (doc.workflowStatus as WorkflowStatus) ?? 'draft',
    valuesConfirmed: doc.valuesConfirmed === true,
  }
}
