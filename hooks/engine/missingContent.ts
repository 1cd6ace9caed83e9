import { publishedText } from '../../src/text/publishedText'
import { translate, type TranslationKey } from '../../src/translations'
import type { Messages, PostSnapshot } from '../rules/types'

export type Missing = { path: string; message: Messages }

const both = (key: TranslationKey, variables?: Record<string, string>): Messages => ({
  fr: translate('fr', key, variables),
  en: translate('en', key, variables),
})

/**
 * What a post still lacks before it can be submitted, for the compliance panel: rules hold an
 * incomplete draft's findings as conditions, so a post with nothing in it breaks no rule — it is
 * not "all clear", it is empty.
 */
export function missingContent(post: PostSnapshot): Missing[] {
  const missing: Missing[] = []
  const title = post.title.trim()
  const texts = post.channels.filter((row) => row.text.trim())
  if (!title && post.categoryId === null && texts.length === 0 && !post.bodyText.trim()) {
    return [{ path: '', message: both('forms:emptyPost') }]
  }
  if (!title) missing.push({ path: 'title', message: both('forms:missingTitle') })
  if (post.categoryId === null) missing.push({ path: 'category', message: both('forms:missingCategory') })
  if (post.channels.length === 0) missing.push({ path: 'channels', message: both('forms:missingChannels') })
  post.channels.forEach((row, index) => {
    // A network without its own text publishes the common text: empty only when both are.
    if (!publishedText(row.text, post.bodyText).text.trim()) {
      missing.push({
        path: `channels.${index}.text`,
        message: {
          fr: translate('fr', 'forms:missingText', { channel: translate('fr', `channels:${row.channel}`) }),
          en: translate('en', 'forms:missingText', { channel: translate('en', `channels:${row.channel}`) }),
        },
      })
    }
  })
  return missing
}
