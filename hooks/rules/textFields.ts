import { CHANNEL_NAMES, ruleMessage } from './messages'
import type { Messages, PostSnapshot } from './types'

export type TextField = { path: string; text: string; label: Messages }

/** The post's free-text fields, with their Payload path and how a message names them. */
export function textFields(post: PostSnapshot): TextField[] {
  return [
    { path: 'title', text: post.title, label: ruleMessage('ruleMessages:fieldTitle') },
    { path: 'body', text: post.bodyText, label: ruleMessage('ruleMessages:fieldBody') },
    ...post.channels.map(({ channel, text }, index) => ({
      path: `channels.${index}.text`,
      text,
      label: ruleMessage('ruleMessages:fieldChannelText', { channel: CHANNEL_NAMES[channel] }),
    })),
  ]
}
