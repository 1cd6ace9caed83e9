import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'

import type { PostDoc } from '../types'
import { loadPolicy } from '../policy/loadPolicy'
import { mayTakeWorkflowActions } from '../access/mayTakeWorkflowActions'
import { mayOverrideRules } from '../access/mayOverrideRules'
import { OVERRIDABLE_RULE } from '../overrides'
import { translate, type TranslationKey } from '../translations'
import { TRANSITIONS } from '../workflow'
import { planAction, toRequestPath, type FieldError } from './actions'
import { ACTION_MOVES, actionRefusal, availableWorkflowActions, WORKFLOW_ACTIONS, type WorkflowAction } from './available'
import { slugsOf } from '../slugs'

const actionBody = z
  .object({
    action: z.string().max(40),
    reason: z.string().max(2000).optional(),
    publishAt: z.string().max(64).optional(),
    valuesConfirmed: z.boolean().optional(),
    override: z
      .object({ justification: z.string().max(2000) })
      .strict()
      .optional(),
  })
  .strict()

/** The fields that belong to one action only: sent with another, the request is a mistake. */
const FIELDS_OF: Record<string, WorkflowAction> = { publishAt: 'schedule', valuesConfirmed: 'approve', override: 'approve' }

type Say = (key: TranslationKey, variables?: Record<string, string | number>) => string

/** Payload's own error shape, so the admin and every client read one format. */
function refused(req: PayloadRequest, status: number, errors: FieldError[]): Response {
  return Response.json(
    {
      errors: [
        {
          name: 'ValidationError',
          message: errors.map((error) => error.message).join(' '),
          data: { collection: slugsOf(req).posts, errors },
        },
      ],
    },
    { status },
  )
}

async function postOf(req: PayloadRequest): Promise<PostDoc | null> {
  const id = String(req.routeParams?.id ?? '')
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) return null
  return req.payload
    .findByID({
      collection: slugsOf(req).posts,
      id,
      draft: true,
      depth: 1,
      user: req.user,
      overrideAccess: false,
      req,
      populate: { categories: { code: true } },
    })
    .catch(() => null) as Promise<PostDoc | null>
}

function guard(req: PayloadRequest, say: Say): Response | null {
  if (!req.user) return refused(req, 401, [{ path: '', message: say('workflowActions:notSignedIn') }])
  if (!mayTakeWorkflowActions(req.user)) return refused(req, 403, [{ path: '', message: say('workflowActions:noRole') }])
  return null
}

function sayFor(req: PayloadRequest): Say {
  return (key, variables) => translate(req.i18n?.language, key, variables)
}

const listed = (say: Say, actions: WorkflowAction[]) =>
  actions.length
    ? actions.map((action) => say('systemTexts:quoted', { text: say(`workflowActions:${action}`) })).join(', ')
    : say('workflowActions:nothingPossible')

/** Why this person cannot take this action on this post now: the rule and who can. */
function refusalMessage(action: WorkflowAction, post: PostDoc, user: PayloadRequest['user'], say: Say): string | null {
  const refusal = actionRefusal(action, post, user)
  if (!refusal) return null
  const label = say(`workflowActions:${action}`)
  if (refusal === 'stage') {
    return say('workflowActions:wrongStage', {
      action: label,
      stage: say(`workflow:${post.workflowStatus}`),
      next: listed(say, availableWorkflowActions(post, user)),
    })
  }
  if (refusal === 'author') return say('workflowActions:onlyAuthor')
  if (refusal === 'collective') return say('workflowActions:onlyCollective')
  const to = ACTION_MOVES[action][post.workflowStatus]!
  const writers = TRANSITIONS[post.workflowStatus]?.[to]?.includes('redaction')
  return say(writers ? 'workflowActions:onlyWriters' : 'workflowActions:onlyManagers', { action: label })
}

/** GET /api/posts/:id/workflow → { actions: [{ action, label }] }: what the signed-in person may do now. */
export const workflowActionsEndpoint: Endpoint = {
  path: '/:id/workflow',
  method: 'get',
  handler: async (req) => {
    const say = sayFor(req)
    const blocked = guard(req, say)
    if (blocked) return blocked
    const post = await postOf(req)
    if (!post) return refused(req, 404, [{ path: '', message: say('workflowActions:notFound') }])
    const actions = availableWorkflowActions(post, req.user).map((action) => ({ action, label: say(`workflowActions:${action}`) }))
    const policy = await loadPolicy(req)
    return Response.json(
      {
        stage: post.workflowStatus,
        actions,
        // What the dialogs need: the zone of the date and time, the planned time, a FORBID-1 warning to override.
        timeZone: policy.timeZone,
        publishAt: post.publishAt ?? null,
        pendingOverride: (post.compliance ?? []).some((row) => row.rule === OVERRIDABLE_RULE && !row.overridden),
      },
      { headers: { 'cache-control': 'no-store' } },
    )
  },
}

/**
 * POST /api/posts/:id/workflow { action, reason?, publishAt?, valuesConfirmed?, override? }: one
 * workflow action, saved as the person (overrideAccess: false) so the posts' hook checks the move
 * and every rule and writes the history row. 200 { doc }, or 400 with the reasons at their fields.
 */
export const takeWorkflowActionEndpoint: Endpoint = {
  path: '/:id/workflow',
  method: 'post',
  handler: async (req) => {
    const say = sayFor(req)
    const blocked = guard(req, say)
    if (blocked) return blocked
    const parsed = actionBody.safeParse(await req.json?.().catch(() => null))
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      return refused(req, 400, [{ path: issue.path.join('.'), message: say('workflowActions:invalidBody', { reason: issue.message }) }])
    }
    const action = parsed.data.action as WorkflowAction
    if (!WORKFLOW_ACTIONS.includes(action)) {
      return refused(req, 400, [
        { path: 'action', message: say('workflowActions:unknownAction', { actions: WORKFLOW_ACTIONS.join(', ') }) },
      ])
    }
    const misplaced = Object.keys(FIELDS_OF).find((field) => field in parsed.data && FIELDS_OF[field] !== action)
    if (misplaced) {
      return refused(req, 400, [
        {
          path: misplaced,
          message: say('workflowActions:notForThisAction', { field: misplaced, action: say(`workflowActions:${FIELDS_OF[misplaced]}`) }),
        },
      ])
    }
    const post = await postOf(req)
    if (!post) return refused(req, 404, [{ path: '', message: say('workflowActions:notFound') }])
    const notAllowed = refusalMessage(action, post, req.user, say)
    if (notAllowed) return refused(req, 400, [{ path: 'workflowStatus', message: notAllowed }])

    const policy = await loadPolicy(req)
    const plan = planAction(
      { ...parsed.data, action },
      {
        from: post.workflowStatus,
        storedOverrides: post.overrides,
        now: new Date(),
        zone: policy.timeZone,
        language: req.i18n?.language,
        mayOverride: mayOverrideRules(req.user),
      },
    )
    if ('errors' in plan) return refused(req, 400, plan.errors)
    try {
      const doc = (await req.payload.update({
        collection: slugsOf(req).posts,
        id: post.id,
        data: plan.data as never,
        user: req.user,
        overrideAccess: false,
        req,
        depth: 0,
      })) as PostDoc
      return Response.json({ doc, message: say('workflowActions:done', { stage: say(`workflow:${doc.workflowStatus}`) }) })
    } catch (error) {
      const status = (error as { status?: number }).status ?? 500
      if (status >= 500) throw error
      const errors = (error as { data?: { errors?: FieldError[] } }).data?.errors ?? [{ path: '', message: (error as Error).message }]
      return refused(
        req,
        status,
        errors.map((row) => ({ path: toRequestPath(row.path), message: row.message })),
      )
    }
  },
}
