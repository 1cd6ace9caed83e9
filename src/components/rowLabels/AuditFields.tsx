'use client'
import { getTranslation } from '@payloadcms/translations'
import { useConfig, useField, useFormFields, useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps, TextFieldClientComponent } from 'payload'

import { translate, type TranslationKey } from '../../translations'
import { auditActorLabel, auditFieldLabel, auditSummaryLabel, auditValueLabel, stageLabel } from './format'
import { useAuditFieldInfo } from './RowLabels'

/** A read-only value shown in words, in the look of Payload's read-only fields. */
function ReadOnlyWords({ label, text, testId }: { label: string; text: string; testId?: string }) {
  return (
    <div className="field-type text read-only balises-words-field" data-testid={testId}>
      <span className="field-label">{label}</span>
      <div className="balises-words-field__value">{text}</div>
    </div>
  )
}

/**
 * A field's label from its translation key, not from `field.label`: Payload caches a custom
 * field's props per collection, not per language, so that label is in whichever language first
 * rendered the form.
 */
function useLabel(key: TranslationKey): string {
  const { i18n } = useTranslation()
  return translate(i18n.language, key)
}

const CHANGE_LABELS: Record<string, TranslationKey> = { field: 'auditLog:field', from: 'auditLog:from', to: 'auditLog:to' }
const STAGE_LABELS: Record<string, TranslationKey> = { from: 'posts:historyFrom', to: 'posts:historyTo' }

/** The audit log's « Résumé » column: the stored codes (fields, stages) shown by their labels. */
export function AuditSummaryCell({ cellData, rowData }: DefaultCellComponentProps) {
  const { i18n } = useTranslation()
  const describe = useAuditFieldInfo((rowData as { targetCollection?: unknown })?.targetCollection)
  return <span>{auditSummaryLabel(cellData, i18n.language, describe)}</span>
}

/** The audit entry's « Résumé » in its edit view, in words. */
export const AuditSummaryField: TextFieldClientComponent = ({ path }) => {
  const { value } = useField<string>({ path: path ?? 'summary' })
  const target = useFormFields(([fields]) => fields.targetCollection?.value)
  const { i18n } = useTranslation()
  const describe = useAuditFieldInfo(target)
  return (
    <ReadOnlyWords label={useLabel('auditLog:summary')} text={auditSummaryLabel(value, i18n.language, describe)} testId="audit-summary" />
  )
}

function useCollectionLabel(slug: unknown): string {
  const { getEntityConfig } = useConfig()
  const { i18n } = useTranslation()
  const collection = typeof slug === 'string' && slug ? getEntityConfig({ collectionSlug: slug }) : undefined
  const label = collection?.labels?.plural ? getTranslation(collection.labels.plural as never, i18n) : ''
  return typeof label === 'string' && label ? label : String(slug ?? '')
}

/** « Par (nom) »: the system in the reader's language. */
export function AuditActorCell({ cellData }: DefaultCellComponentProps) {
  const { i18n } = useTranslation()
  return <span>{auditActorLabel(cellData, i18n.language)}</span>
}

export const AuditActorField: TextFieldClientComponent = ({ path }) => {
  const { value } = useField<string>({ path: path ?? 'actorName' })
  const { i18n } = useTranslation()
  return <ReadOnlyWords label={useLabel('auditLog:actorName')} text={auditActorLabel(value, i18n.language)} />
}

/** The audited collection by its name (« Consentements »), not its slug. */
export function AuditCollectionCell({ cellData }: DefaultCellComponentProps) {
  return <span>{useCollectionLabel(cellData)}</span>
}

export const AuditCollectionField: TextFieldClientComponent = ({ path }) => {
  const { value } = useField<string>({ path: path ?? 'targetCollection' })
  return <ReadOnlyWords label={useLabel('auditLog:targetCollection')} text={useCollectionLabel(value)} />
}

/** One cell of an audit change (the field, the value before, the value after), in words. */
export const AuditChangeField: TextFieldClientComponent = ({ path, field }) => {
  const { value } = useField<string>({ path: path ?? '' })
  const siblingPath = (path ?? '').replace(/[^.]+$/, 'field')
  const changedField = useFormFields(([fields]) => fields[siblingPath]?.value)
  const target = useFormFields(([fields]) => fields.targetCollection?.value)
  const { i18n } = useTranslation()
  const describe = useAuditFieldInfo(target)
  const name = String(changedField ?? '')
  const own = field?.name === 'field'
  const text = own ? auditFieldLabel(name, i18n.language, describe(name)) : auditValueLabel(value, i18n.language, name, describe(name))
  return <ReadOnlyWords label={useLabel(CHANGE_LABELS[field?.name ?? ''] ?? 'auditLog:field')} text={text} />
}

/** A stage stored as its code in a post's history (from, to), shown by its label. */
export const StageTextField: TextFieldClientComponent = ({ path, field }) => {
  const { value } = useField<string>({ path: path ?? '' })
  const { i18n } = useTranslation()
  return (
    <ReadOnlyWords
      label={useLabel(STAGE_LABELS[field?.name ?? ''] ?? 'posts:historyTo')}
      text={value ? stageLabel(value, i18n.language) : '—'}
    />
  )
}
