import { CHANNELS } from '../../src/channels'
import { translate } from '../../src/translations'

/** CHAN-1 already refuses a channel listed twice: more rows than channels cannot be a valid post. */
export const MAX_CHANNEL_ROWS = CHANNELS.length

/**
 * Above every platform's own limit put together (Facebook 63,206 + X Premium 25,000 + the rest),
 * so no publishable post is refused; below what the detectors can read without holding the
 * server for seconds (they cost tens of microseconds a character).
 */
export const MAX_CHANNEL_TEXT_TOTAL = 100_000

export type ShapeProblem = { path: string; message: string }

/**
 * Refusals to give before any rule runs: too many channel rows, or channel texts that together are
 * longer than any post can be checked for (the row where the total is crossed is named).
 */
export function channelShapeProblems(channels: unknown, language: string | undefined): ShapeProblem[] {
  if (!Array.isArray(channels)) return []
  if (channels.length > MAX_CHANNEL_ROWS) {
    return [
      { path: 'channels', message: translate(language, 'postLimits:tooManyChannels', { max: MAX_CHANNEL_ROWS, count: channels.length }) },
    ]
  }
  let total = 0
  for (const [index, row] of channels.entries()) {
    const text = (row as { text?: unknown } | null)?.text
    total += typeof text === 'string' ? text.length : 0
    if (total > MAX_CHANNEL_TEXT_TOTAL) {
      const max = MAX_CHANNEL_TEXT_TOTAL.toLocaleString(language === 'en' ? 'en-CA' : 'fr-CA')
      return [{ path: `channels.${index}.text`, message: translate(language, 'postLimits:textsTooLong', { max }) }]
    }
  }
  return []
}
