import { lexicalText } from '../../hooks/engine/snapshot'

/** Where the text published on a network comes from: the network's own text, or the post's « texte commun ». */
export type TextSource = 'own' | 'common'

export type PublishedText = { text: string; source: TextSource }

/**
 * The text a network receives: its own text when it has one (not only spaces), else the post's
 * shared text (the rich-text `body`, as plain text). One function for the rules (CHAN-1 counts this),
 * the form's « publié où » hints and the per-network preview.
 */
export function publishedText(channelText: string | null | undefined, commonText: string): PublishedText {
  if (typeof channelText === 'string' && channelText.trim() !== '') return { text: channelText, source: 'own' }
  return { text: commonText, source: 'common' }
}

/** The plain text of the post's shared text (a Lexical editor state, as stored or in the form). */
export function commonTextOf(body: unknown): string {
  return lexicalText(body)
}
