import type { PayloadRequest } from 'payload'
import { z } from 'zod'

import { CHANNELS } from '../channels'
import { isBalisesUser } from '../access/isBalisesUser'
import { translate, type TranslationKey } from '../translations'
import { WORKFLOW_STATUSES, type WorkflowStatus } from '../workflow'
import { RULES } from '../../hooks/rules'
import type { Messages, RuleId, RuleLevel } from '../../hooks/rules/types'
import { channelShapeProblems } from '../../hooks/engine/channelShape'
import { checkPost } from '../../hooks/engine/checkPost'
import { missingContent, type Missing } from '../../hooks/engine/missingContent'
import { slugsOf } from '../slugs'

/** What the compliance panel shows: every rule, and what this post (as being edited) breaks. */
export type ComplianceReport = {
  rules: { id: RuleId; level: RuleLevel; title: Messages }[]
  findings: { rule: RuleId; level: RuleLevel; path: string; message: Messages; overridden: boolean }[]
  /** What the post lacks before it can be submitted (an empty post breaks no rule, yet is not ready). */
  missing: Missing[]
}

export type ComplianceAnswer =
  { status: 200; body: ComplianceReport } | { status: 400 | 401 | 403 | 404; body: { errors: { path?: string; message: string }[] } }

/** Passed as the body when the request's body could not be read as JSON. */
export const UNREADABLE_BODY = Symbol('balises: unreadable body')

const MAX_TEXT = 100_000

type LexicalNode = { type?: string; text?: string; children?: LexicalNode[] }
const lexicalNode: z.ZodType<LexicalNode> = z.lazy(() =>
  z.looseObject({
    type: z.string().optional(),
    text: z.string().max(MAX_TEXT).optional(),
    children: z.array(lexicalNode).max(10_000).optional(),
  }),
)

const text = z.string().max(MAX_TEXT)
const instant = z
  .string()
  .max(100)
  .refine((value) => value === '' || !Number.isNaN(Date.parse(value)), { message: 'not a date' })

/**
 * The body of `POST /api/posts/compliance`: the post's ID when it is stored, and the form's data,
 * possibly partial. Every field the rules read is checked for its shape; the rest passes through
 * untouched (the form sends all its fields) and is never stored.
 */
function bodySchema(idType: 'number' | 'text') {
  const id =
    idType === 'number'
      ? z.union([
          z.number().int().positive(),
          z
            .string()
            .regex(/^\d{1,15}$/)
            .transform(Number),
        ])
      : z.string().regex(/^[A-Za-z0-9_-]{1,64}$/)
  const relation = z.union([id, z.looseObject({ id }), z.null(), z.literal('')])
  return z.object({
    id: id.optional().nullable(),
    data: z.looseObject({
      title: text.nullish(),
      category: relation.optional(),
      channels: z
        .array(
          z.looseObject({
            channel: z.union([z.enum(CHANNELS), z.literal('')]).nullish(),
            text: text.nullish(),
          }),
        )
        .max(50)
        .nullish(),
      body: z.looseObject({ root: lexicalNode }).nullish(),
      media: z.array(relation).max(200).nullish(),
      position: relation.optional(),
      source: text.nullish(),
      sourceOrganisation: text.nullish(),
      closingDate: instant.nullish(),
      publishAt: instant.nullish(),
      workflowStatus: z.enum(WORKFLOW_STATUSES).nullish(),
      valuesConfirmed: z.boolean().nullish(),
    }),
  })
}

function refuse(status: 400 | 401 | 403 | 404, message: string): ComplianceAnswer {
  return { status, body: { errors: [{ message }] } }
}

type Doc = Record<string, unknown>

/**
 * Checks a post as it is being edited, without saving anything: the stored post (read as the
 * person asking, so a post they cannot read is refused) with the form's data on top, through the
 * same rules and the same stage logic as a save. Callers: the compliance endpoint (and its tests).
 */
export async function checkCompliance(req: PayloadRequest, body: unknown): Promise<ComplianceAnswer> {
  const language = req.i18n?.language
  const say = (key: TranslationKey, variables?: Record<string, string>) => translate(language, key, variables)

  if (!req.user) return refuse(401, say('compliancePanel:notSignedIn'))
  if (!isBalisesUser(req.user)) return refuse(403, say('compliancePanel:noRole'))

  if (body === UNREADABLE_BODY) {
    return refuse(400, say('compliancePanel:invalidRequest', { reason: say('compliancePanel:unreadableBody') }))
  }
  const idType = req.payload.db.defaultIDType === 'number' ? 'number' : 'text'
  const parsed = bodySchema(idType).safeParse(body)
  if (!parsed.success) {
    const reason = parsed.error.issues
      .slice(0, 5)
      .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
      .join('; ')
    return refuse(400, say('compliancePanel:invalidRequest', { reason }))
  }
  const { id, data } = parsed.data
  const shapeProblems = channelShapeProblems(data.channels, language)
  if (shapeProblems.length > 0) return { status: 400, body: { errors: shapeProblems } }

  let stored: Doc | null = null
  if (id !== undefined && id !== null) {
    try {
      stored = (await req.payload.findByID({
        collection: slugsOf(req).posts,
        id,
        draft: true,
        depth: 0,
        user: req.user,
        overrideAccess: false,
        req,
      })) as unknown as Doc
    } catch (error) {
      const status = (error as { status?: number }).status
      if (status === 403) return refuse(403, say('compliancePanel:notFound'))
      if (status === 404) return refuse(404, say('compliancePanel:notFound'))
      throw error
    }
  }

  const from: WorkflowStatus = (stored?.workflowStatus as WorkflowStatus | undefined) ?? 'draft'
  const to: WorkflowStatus = data.workflowStatus ?? from
  const transition = from !== to ? { from, to } : null
  const overriddenRules = (Array.isArray(stored?.overrides) ? (stored.overrides as { rule?: string }[]) : [])
    .map((row) => row.rule)
    .filter((rule): rule is string => typeof rule === 'string')
  const { post, shown: findings } = await checkPost({ ...(stored ?? {}), ...data, id: stored?.id ?? null }, req, {
    transition,
    target: to,
    overriddenRules,
  })

  return {
    status: 200,
    body: {
      rules: RULES.map((rule) => ({ id: rule.id, level: rule.level, title: rule.title })),
      findings: findings.map((finding) => ({
        rule: finding.rule,
        level: finding.effectiveLevel,
        path: finding.path,
        message: finding.message,
        overridden: finding.overridden,
      })),
      missing: missingContent(post),
    },
  }
}
