/**
 * The words of the admin's array rows (pure functions, no React): each row says what it holds
 * (« Facebook — 280 caractères », « FORBID-1 · bloquant », « Brouillon → En révision · 1 déc. 2026,
 * 16 h 28 · Marie Tremblay ») instead of Payload's « Réseau 01 ». An empty row gets « Nouveau réseau ».
 */
import { CHANNEL_NAMES, CHANNELS, type Channel } from '../../channels'
import { countForChannel } from '../../text/countCharacters'
import { formatMoment, formatStoredDay } from '../../time/formatMoment'
import { translate, type TranslationKey } from '../../translations'
import { WORKFLOW_STATUSES } from '../../workflow'
import { DELIVERY_HISTORY_EVENTS, type DeliveryHistoryEvent } from '../../deliveries/historyEvents'

const JUSTIFICATION_START = 60

type Row = Record<string, unknown> | null | undefined

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '')

function locale(language: string | undefined): string {
  return language === 'en' ? 'en-CA' : 'fr-CA'
}

/** « 63 206 » / "63,206". */
export function formatCount(value: number, language: string | undefined): string {
  return new Intl.NumberFormat(locale(language)).format(value)
}

function channelName(value: unknown): string | null {
  return (CHANNELS as readonly string[]).includes(text(value)) ? CHANNEL_NAMES[text(value) as Channel] : null
}

/** The workflow stage's label (« En révision »), or the code itself when it is not a stage. */
export function stageLabel(value: unknown, language: string | undefined): string {
  const code = text(value)
  return (WORKFLOW_STATUSES as readonly string[]).includes(code) ? translate(language, `workflow:${code}` as TranslationKey) : code
}

function lowerFirst(value: string): string {
  return value.charAt(0).toLocaleLowerCase() + value.slice(1)
}

function shorten(value: string, max: number): string {
  const flat = value.replace(/\s+/g, ' ').trim()
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat
}

/** posts.channels: « Facebook — 280 caractères » (counted as CHAN-1 counts), « Facebook — texte commun ». */
export function channelRowLabel(row: Row, language: string | undefined): string {
  const name = channelName(row?.channel)
  if (!name) return translate(language, 'labels:newChannel')
  const body = typeof row?.text === 'string' ? row.text : ''
  if (!body.trim()) return `${name} — ${translate(language, 'labels:noText')}`
  const count = countForChannel(text(row?.channel) as Channel, body)
  const counted =
    count === 1
      ? translate(language, 'labels:oneCharacter')
      : translate(language, 'labels:characters', { count: formatCount(count, language) })
  return `${name} — ${counted}`
}

const LEVELS = ['block', 'gate', 'warn'] as const

/** posts.compliance: « FORBID-1 · bloquant » (« · dérogation accordée » when overridden). */
export function complianceRowLabel(row: Row, language: string | undefined): string {
  const rule = text(row?.rule)
  if (!rule) return translate(language, 'labels:newFinding')
  const level = text(row?.level)
  const parts = [rule]
  if ((LEVELS as readonly string[]).includes(level)) parts.push(lowerFirst(translate(language, `levels:${level}` as TranslationKey)))
  if (row?.overridden === true) parts.push(translate(language, 'labels:overridden'))
  return parts.join(' · ')
}

/** A delivery event of posts.history: « Publiée sur Bluesky », « Retirée de Mastodon ». */
function historyEventLabel(row: Row, language: string | undefined): string | null {
  const event = text(row?.event)
  if (!(DELIVERY_HISTORY_EVENTS as readonly string[]).includes(event)) return null
  const network = text(row?.network)
  const name = (CHANNELS as readonly string[]).includes(network) ? translate(language, `channels:${network as Channel}`) : network
  return translate(language, `posts:historyEvent_${event as DeliveryHistoryEvent}`, { network: name })
}

/** posts.history: « Brouillon → En révision · 1 déc. 2026, 16 h 28 · Marie Tremblay ». */
export function historyRowLabel(row: Row, language: string | undefined, byName?: string | null, timeZone?: string): string {
  const from = text(row?.from)
  const to = text(row?.to)
  const event = historyEventLabel(row, language)
  if (!from && !to && !event) return translate(language, 'labels:newHistory')
  const parts = [event ?? (from ? `${stageLabel(from, language)} → ${stageLabel(to, language)}` : `→ ${stageLabel(to, language)}`)]
  const at = formatMoment(text(row?.at) || null, language, timeZone)
  if (at) parts.push(at)
  if (byName) parts.push(byName)
  return parts.join(' · ')
}

/** posts.overrides: « FORBID-1 — <the justification's start> ». */
export function overrideRowLabel(row: Row, language: string | undefined): string {
  const rule = text(row?.rule)
  const justification = shorten(text(row?.justification), JUSTIFICATION_START)
  if (!rule && !justification) return translate(language, 'labels:newOverride')
  return [rule, justification].filter(Boolean).join(' — ')
}

/** policy.keyDates: « Fête nationale — 24 juin 2026 · chaque année ». */
export function keyDateRowLabel(row: Row, language: string | undefined): string {
  const name = shorten(text(row?.label), 60)
  const day = formatStoredDay(text(row?.date) || null, language)
  if (!name && !day) return translate(language, 'labels:newKeyDate')
  const head = [name, day].filter(Boolean).join(' — ')
  return row?.yearly === true ? `${head} · ${translate(language, 'labels:yearly')}` : head
}

/** What the audit trail knows of a field of the changed collection (from the admin's config). */
export type AuditFieldInfo = { label?: string; optionLabel?: (value: string) => string | undefined }

const ISO_MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/
const HIDDEN_MARKERS = new Set([translate('fr', 'auditLog:personalValueHidden'), translate('en', 'auditLog:personalValueHidden')])

/** One value of the audit trail in words: « — » when empty, dates as dates, stages and options by their label. */
export function auditValueLabel(value: unknown, language: string | undefined, field: string, info?: AuditFieldInfo): string {
  const raw = text(value)
  if (!raw) return translate(language, 'labels:empty')
  if (HIDDEN_MARKERS.has(raw)) return translate(language, 'auditLog:personalValueHidden')
  if (field === 'workflowStatus') return stageLabel(raw, language)
  if (ISO_MOMENT.test(raw)) {
    const date = new Date(raw)
    if (!Number.isNaN(date.getTime()))
      return raw.slice(10, 24) === 'T12:00:00.000Z' ? formatStoredDay(raw, language) : formatMoment(raw, language)
  }
  if (raw === 'true') return translate(language, 'labels:yes')
  if (raw === 'false') return translate(language, 'labels:no')
  const option = info?.optionLabel
    ? raw
        .split(', ')
        .map((item) => info.optionLabel!(item) ?? item)
        .join(', ')
    : raw
  return option
}

/** The field's name in words: the label the admin shows, else the stored name. */
export function auditFieldLabel(field: string, language: string | undefined, info?: AuditFieldInfo): string {
  if (info?.label) return info.label
  if (field === 'workflowStatus') return translate(language, 'posts:workflowStatus')
  if (field === 'statusReason') return translate(language, 'posts:statusReason')
  return field
}

/** audit-log changes: « Date de retrait : — → 2 déc. 2026 ». */
export function auditChangeRowLabel(row: Row, language: string | undefined, info?: AuditFieldInfo): string {
  const field = text(row?.field)
  if (!field) return translate(language, 'labels:newChange')
  const separator = language === 'en' ? ': ' : ' : '
  return `${auditFieldLabel(field, language, info)}${separator}${auditValueLabel(row?.from, language, field, info)} → ${auditValueLabel(row?.to, language, field, info)}`
}

/**
 * Who made an audited change. Entries made by the system store its name in French (« Système »,
 * « Système (Roxanne) » when it acted for someone): shown in the reader's language.
 */
export function auditActorLabel(value: unknown, language: string | undefined): string {
  const stored = text(value)
  const system = translate('fr', 'auditLog:system')
  if (!stored) return translate(language, 'auditLog:system')
  if (stored === system || stored.startsWith(`${system} (`)) return translate(language, 'auditLog:system') + stored.slice(system.length)
  return stored
}

/**
 * The audit entry's summary in the reader's words: the field list after « — » and the stages after
 * « : » are stored as codes (`revokedAt, revocationMethod`, `draft → in_review`); they are shown by
 * their labels. The document's own title (before them) is left as written.
 */
export function auditSummaryLabel(
  summary: unknown,
  language: string | undefined,
  describe: (field: string) => AuditFieldInfo | undefined,
): string {
  const stored = text(summary)
  const status = /^(.*) : ([a-z_]*) → ([a-z_]+)$/.exec(stored)
  if (status && (WORKFLOW_STATUSES as readonly string[]).includes(status[3])) {
    const from = status[2] ? stageLabel(status[2], language) : translate(language, 'labels:empty')
    return `${status[1]}${language === 'en' ? ':' : ' :'} ${from} → ${stageLabel(status[3], language)}`
  }
  const dash = stored.lastIndexOf(' — ')
  if (dash < 0) return storedTitleLabel(stored, language)
  const fields = stored.slice(dash + 3).split(', ')
  if (!fields.every((field) => /^[A-Za-z_][\w.]*$/.test(field))) return stored
  return `${storedTitleLabel(stored.slice(0, dash), language)} — ${fields.map((field) => auditFieldLabel(field, language, describe(field))).join(', ')}`
}

/** The titles the trail writes in French for a document (systemTexts), read back and said in the reader's language. */
const STORED_TITLES = (['systemTexts:auditConsent', 'systemTexts:auditPosition'] as const).map((key) => {
  const names: string[] = []
  const pattern = translate('fr', key)
    .split(/(\{\{\w+\}\})/)
    .map((part) => {
      const variable = /^\{\{(\w+)\}\}$/.exec(part)
      if (!variable) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      names.push(variable[1])
      return '(.+?)'
    })
    .join('')
  return { key, names, regex: new RegExp(`^${pattern}$`) }
})

function storedTitleLabel(title: string, language: string | undefined): string {
  for (const { key, names, regex } of STORED_TITLES) {
    const match = regex.exec(title)
    if (match) return translate(language, key, Object.fromEntries(names.map((name, index) => [name, match[index + 1]])))
  }
  return title
}
