import type { PayloadRequest } from 'payload'

import type { PrivacyTaskCause } from './privacyTaskKinds'
import { WITHDRAWAL_OUTCOME, type WithdrawalOutcome } from './withdrawalOutcome'
import { DEFAULT_TIME_ZONE } from '../time/zonedTime'
import { translate } from '../translations'
import { notifyConsentWithdrawn } from '../notifications/consentNotices'
import { unscheduleAsSystem } from '../cascades/unscheduleAsSystem'
import { consentFindings } from './consentFindings'
import { openPrivacyTask } from './openPrivacyTask'
import { postsShowingPerson } from './postsShowingPerson'
import { takeDownPost } from '../deliveries/takeDown'

type ConsentDoc = { id: number | string; revokedAt?: string | null }

function frenchDate(iso: string): string {
  return new Intl.DateTimeFormat('fr-CA', { dateStyle: 'long', timeZone: DEFAULT_TIME_ZONE }).format(new Date(iso))
}

/**
 * PRIV-3, withdrawal: every approved or scheduled post showing the person leaves the plan at once
 * (→ unscheduled, reason in its history) and goes to « À traiter »; every post already published
 * showing them is taken down from the connected networks by the takedown jobs (src/deliveries), and
 * listed in « À traiter » for what a person published by hand or what went out before deliveries
 * were recorded. The responsible person is notified.
 */
export async function handleWithdrawal(req: PayloadRequest, consent: ConsentDoc, personId: number | string): Promise<WithdrawalOutcome> {
  const reason = translate('fr', 'workflowErrors:consentWithdrawnNotice', { date: frenchDate(consent.revokedAt!) })
  const { planned, published } = await postsShowingPerson(req, personId)
  for (const post of planned) {
    // The history is read by every signed-in person: no revocation date there (PRIV-4).
    await unscheduleAsSystem(req, post.id, translate('fr', 'workflowErrors:consentWithdrawnHistory'))
    await openPrivacyTask(req, { kind: 'replan', cause: 'withdrawn', post, consentId: consent.id, personId, reason })
  }
  let takedowns = 0
  const takedownReason = translate('fr', 'workflowErrors:consentWithdrawnTakedown', { date: frenchDate(consent.revokedAt!) })
  for (const post of published) {
    // Connected networks: the takedown jobs remove it, and close the task once every one is done
    // (src/deliveries/closeTakedownTask.ts); a person for what a person published or what fails.
    const start = await takeDownPost(req, post.id, 'privacy')
    const where = start.manual.map((row) => row.url ?? row.network).join(' · ')
    await openPrivacyTask(req, {
      kind: 'takedown',
      cause: 'withdrawn',
      post,
      consentId: consent.id,
      personId,
      reason: where ? `${takedownReason} ${where}` : takedownReason,
    })
    takedowns += 1
  }
  const outcome = { unscheduled: planned.length, takedowns }
  req.context[WITHDRAWAL_OUTCOME] = outcome
  await notifyConsentWithdrawn(req, outcome)
  return outcome
}

/**
 * PRIV-3, expiry or a narrowed consent (shorter validity, fewer networks): the planned posts showing
 * the person are checked again against PRIV-1/PRIV-2 at their publication instant; those that no
 * longer hold leave the plan with the reasons and go to « À traiter ».
 */
export async function recheckPostsOfPerson(
  req: PayloadRequest,
  consent: ConsentDoc,
  personId: number | string,
  cause: PrivacyTaskCause,
  now: Date = new Date(),
): Promise<number> {
  const { planned } = await postsShowingPerson(req, personId)
  const unscheduled: string[] = []
  for (const post of planned) {
    const findings = await consentFindings(req, post.id, now)
    if (findings.exact.length === 0) continue
    const because = (messages: string[]) => `${translate('fr', `privacyTasks:${cause}`)} — ${messages.join(' · ')}`.slice(0, 2000)
    // The post's history is read by every signed-in person; « À traiter » by the responsible person.
    await unscheduleAsSystem(req, post.id, because(findings.neutral))
    await openPrivacyTask(req, { kind: 'replan', cause, post, consentId: consent.id, personId, reason: because(findings.exact) })
    unscheduled.push(post.title)
  }
  return unscheduled.length
}
