import { z } from 'zod'

import { CHANNELS } from '../channels'
import { phraseProblem } from './phraseList'

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

/**
 * A FORBID-1 phrase list (string[]): each bad phrase is one issue on the list's own path (the
 * admin shows one text area), naming the line and the rule; `params` carries the translation.
 */
const phraseList = z.array(z.unknown()).superRefine((phrases, ctx) => {
  phrases.forEach((phrase, index) => {
    const problem = phraseProblem(phrase)
    if (!problem) return
    const line = index + 1
    ctx.addIssue({
      code: 'custom',
      path: [],
      message: `FORBID-1, line ${line}: ${PHRASE_PROBLEM_TEXT[problem]}`,
      params: {
        key: `policySettings:phrase_${problem}`,
        vars: { line, rule: 'FORBID-1', phrase: typeof phrase === 'string' ? phrase.trim() : '' },
      },
    })
  })
})

const PHRASE_PROBLEM_TEXT = {
  tooShort: 'a phrase needs at least 2 characters',
  tooLong: 'a phrase has at most 200 characters',
  noLetter: 'a phrase needs a letter or a digit',
  notText: 'a phrase is text',
} as const

const answer = z.string().trim().max(2000).nullish()

/** GOV-1: whether the organisation invites discussion on its pages. */
export const DISCUSSION_OPTIONS = ['yes', 'no', 'someSubjects'] as const

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
  forbiddenPatterns: phraseList.nullish(),
  allowedPhrases: phraseList.nullish(),
  whatWeCommunicate: answer,
  whoCommunicates: answer,
  teamMeetingPlace: answer,
  discussionInvited: z.enum(DISCUSSION_OPTIONS).nullish(),
  discussionNote: answer,
  // PRIV-4: how long a photo consent's record is kept after it ends (the consent form's default).
  consentRetentionMonths: z.number().int().min(1).max(600).nullish(),
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

export type PolicyIssue = { path: string; reason: string; translation?: { key: string; vars: Record<string, unknown> } }

/** Checks policy data and returns every problem with its Payload field path (e.g. `frequency.0.maxPerDay`). */
export function validatePolicyData(data: unknown): PolicyIssue[] {
  const result = policySchema.safeParse(data)
  if (result.success) return []
  return result.error.issues.map((issue) => {
    const params = (issue as { params?: { key?: unknown; vars?: unknown } }).params
    const translation =
      typeof params?.key === 'string' ? { key: params.key, vars: (params.vars ?? {}) as Record<string, unknown> } : undefined
    return { path: issue.path.join('.'), reason: issue.message, ...(translation ? { translation } : {}) }
  })
}
