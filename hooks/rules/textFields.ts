import { CHANNEL_NAMES } from './messages'
import type { Messages, PostSnapshot } from './types'

export type TextField = { path: string; text: string; label: Messages }

/** The post's free-text fields, with their Payload path and how a message names them. */
export function textFields(post: PostSnapshot): TextField[] {
  return [
    { path: 'title', text: post.title, label: { fr: 'le titre', en: 'the title' } },
    { path: 'body', text: post.bodyText, label: { fr: 'le contenu', en: 'the content' } },
    ...post.channels.map(({ channel, text }, index) => ({
      path: `channels.${index}.text`,
      text,
      label: { fr: `le texte ${CHANNEL_NAMES[channel]}`, en: `the ${CHANNEL_NAMES[channel]} text` },
    })),
  ]
}
