import { z } from 'zod'

import { CHANNELS } from '../../channels'
import type { TranslationKey } from '../../translations'
import { toDayInstant } from '../../time/storedDay'
import { MAX_COUNT } from './numbers'

// Each issue's message is a `csvImport:` key, turned into French and English where it is reported.
const key = (name: string) => `csvImport:${name}` as TranslationKey

const count = z
  .number({ error: (issue) => (issue.input === undefined ? key('required') : key('notANumber')) })
  .int({ error: key('decimal') })
  .min(0, { error: key('negative') })
  .max(MAX_COUNT, { error: key('tooLarge') })

/** Absent (or null) optional figures leave what is stored as it is. */
const optionalCount = count.nullish().transform((value) => value ?? undefined)

/**
 * One normalized snapshot row, as the browser's parser produces it and as the import endpoint
 * checks it again: `line` is its line in the file, for messages.
 */
export const audienceRowSchema = z.strictObject({
  line: z
    .number({ error: key('invalidLine') })
    .int({ error: key('invalidLine') })
    .min(1, { error: key('invalidLine') })
    .optional(),
  channel: z.enum(CHANNELS, { error: key('unknownChannel') }),
  date: z
    .string({ error: key('invalidDate') })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: key('invalidDate') })
    .refine((day) => toDayInstant(day) !== null, { error: key('impossibleDate') }),
  followers: count,
  pageLikes: optionalCount,
  reach: optionalCount,
  engagement: optionalCount,
})

export type AudienceRowInput = z.input<typeof audienceRowSchema>
export type AudienceRow = z.output<typeof audienceRowSchema>
