import { z } from 'zod'

import { CHANNELS } from '../channels'

const timeZone = z.string().refine(
  (zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone })
      return true
    } catch {
      return false
    }
  },
  { message: 'not an IANA time zone (e.g. America/Toronto)' },
)

const channel = z.enum(CHANNELS)

const uniqueBy =
  <T>(key: (item: T) => string) =>
  (items: T[], ctx: z.RefinementCtx) => {
    const seen = new Set<string>()
    items.forEach((item, index) => {
      const value = key(item)
      if (seen.has(value)) {
        ctx.addIssue({ code: 'custom', path: [index, 'channel'], message: `"${value}" appears twice` })
      }
      seen.add(value)
    })
  }

/** What a valid policy looks like; the admin form and every API path are checked against it. */
export const policySchema = z.object({
  timeZone: timeZone.optional(),
  weeklyHours: z.number().min(0).max(168).nullish(),
  channelLimits: z
    .array(z.object({ channel, limit: z.number().int().min(1).max(100000) }))
    .superRefine(uniqueBy((item) => item.channel))
    .nullish(),
  frequency: z
    .array(
      z
        .object({
          channel,
          targetPerWeek: z.number().int().min(0).max(100),
          maxPerDay: z.number().int().min(1).max(50),
        })
        .refine((item) => item.maxPerDay * 7 >= item.targetPerWeek, {
          message: 'the weekly target cannot be reached with this daily maximum',
          path: ['targetPerWeek'],
        }),
    )
    .superRefine(uniqueBy((item) => item.channel))
    .nullish(),
  forbiddenPatterns: z.array(z.object({ pattern: z.string().trim().min(2).max(200) })).nullish(),
  allowedPhrases: z.array(z.object({ phrase: z.string().trim().min(2).max(200) })).nullish(),
  reportingYearStartMonth: z.number().int().min(1).max(12).nullish(),
  redirection: z
    .object({
      organisationPhone: z.string().trim().min(3).max(40).nullish(),
      messageFr: z.string().trim().min(10).max(1000).nullish(),
      messageEn: z.string().trim().min(10).max(1000).nullish(),
    })
    .nullish(),
  keyDates: z
    .array(z.object({ label: z.string().trim().min(1).max(200), date: z.string().min(1), yearly: z.boolean().nullish() }))
    .nullish(),
})

export type PolicyIssue = { path: string; reason: string }

/** Checks policy data and returns every problem with its Payload field path (e.g. `frequency.0.maxPerDay`). */
export function validatePolicyData(data: unknown): PolicyIssue[] {
  const result = policySchema.safeParse(data)
  if (result.success) return []
  return result.error.issues.map((issue) => ({ path: issue.path.join('.'), reason: issue.message }))
}
