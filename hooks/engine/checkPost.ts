import type { PayloadRequest } from 'payload'

import type { WorkflowStatus } from '../../src/workflow'
import type { Actor, PostSnapshot, Rule, RuleContext } from '../rules/types'
import { actorOf } from './actor'
import { maySeePersonalFindings, withheldFindings, withholdPersonal } from './disclosure'
import { evaluate, type Finding } from './evaluate'
import { loadRuleContext } from './loadRuleContext'
import { toPostSnapshot } from './snapshot'

export type CheckPostOptions = {
  /** Who acts; by default the request's person (null: the system). */
  actor?: Actor | null
  /** The stage move this save makes, if any (POS-1, GOV-6 read it). */
  transition?: RuleContext['transition']
  /** The stage the post is going to; by default its own. */
  target?: WorkflowStatus
  /** Rules overridden on this post (FORBID-1). */
  overriddenRules?: readonly string[]
  /** The instant consents are checked at when the post has no date of its own (cascades, sweep). */
  now?: Date
  /** Only these rules; by default every one. */
  rules?: readonly Rule[]
}

export type PostCheck = {
  post: PostSnapshot
  context: RuleContext
  actor: Actor | null
  /** What every rule finds, exactly. */
  findings: Finding[]
  /** The same as a reader without access to personal data may see them (PRIV-4). */
  neutral: Finding[]
  /** The coarse PRIV-1/PRIV-2 findings that stand for the exact ones (see disclosure.ts). */
  withheld: Finding[]
  /** What the actor may see: `findings` or `neutral`. */
  shown: Finding[]
}

/**
 * The one rule pipeline: a post (stored, edited or both merged) → snapshot → every database fact
 * the rules need (batched) → the rules → what each reader may see. Used by the save hook, the
 * compliance endpoint and the consent cascades.
 */
export async function checkPost(doc: Record<string, unknown>, req: PayloadRequest, options: CheckPostOptions = {}): Promise<PostCheck> {
  const actor = options.actor === undefined ? actorOf(req) : options.actor
  const post = toPostSnapshot(options.target ? { ...doc, workflowStatus: options.target } : doc)
  const context = await loadRuleContext(post, req, { actor, transition: options.transition ?? null, now: options.now })
  const findings = evaluate(post, context, {
    target: options.target ?? post.workflowStatus,
    overriddenRules: options.overriddenRules ?? [],
    rules: options.rules,
  })
  const neutral = withholdPersonal(findings, post, context)
  return {
    post,
    context,
    actor,
    findings,
    neutral,
    withheld: withheldFindings(post, context),
    shown: maySeePersonalFindings(actor) ? findings : neutral,
  }
}
