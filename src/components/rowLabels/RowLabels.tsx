'use client'
import { getTranslation } from '@payloadcms/translations'
import { useConfig, useFormFields, useRowLabel, useTranslation } from '@payloadcms/ui'
import type { ClientField } from 'payload'

import {
  auditChangeRowLabel,
  channelRowLabel,
  complianceRowLabel,
  historyRowLabel,
  keyDateRowLabel,
  overrideRowLabel,
  type AuditFieldInfo,
} from './format'
import { usePersonName } from './usePersonName'

type Row = Record<string, unknown>

function Label({ children }: { children: string }) {
  return <span className="balises-row-label">{children}</span>
}

function useRow(): { data: Row; language: string } {
  const { data } = useRowLabel<Row>()
  const { i18n } = useTranslation()
  return { data: data ?? {}, language: i18n.language }
}

export function ChannelRowLabel() {
  const { data, language } = useRow()
  return <Label>{channelRowLabel(data, language)}</Label>
}

export function ComplianceRowLabel() {
  const { data, language } = useRow()
  return <Label>{complianceRowLabel(data, language)}</Label>
}

export function HistoryRowLabel() {
  const { data, language } = useRow()
  const by = usePersonName(data.by)
  return <Label>{historyRowLabel(data, language, by)}</Label>
}

export function OverrideRowLabel() {
  const { data, language } = useRow()
  return <Label>{overrideRowLabel(data, language)}</Label>
}

export function KeyDateRowLabel() {
  const { data, language } = useRow()
  return <Label>{keyDateRowLabel(data, language)}</Label>
}

/** Every named field of a collection, through rows, collapsibles, tabs (not into groups or arrays). */
function findField(fields: readonly ClientField[] | undefined, name: string): ClientField | undefined {
  for (const field of fields ?? []) {
    if ('name' in field && field.name === name) return field
    if ('fields' in field && !('name' in field)) {
      const found = findField(field.fields, name)
      if (found) return found
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        const found = 'name' in tab && tab.name ? undefined : findField(tab.fields, name)
        if (found) return found
      }
    }
  }
  return undefined
}

/** What the admin's config says of a field of the audited collection: its label and its options' labels. */
export function useAuditFieldInfo(collectionSlug: unknown): (field: string) => AuditFieldInfo | undefined {
  const { getEntityConfig } = useConfig()
  const { i18n } = useTranslation()
  const collection = typeof collectionSlug === 'string' && collectionSlug ? getEntityConfig({ collectionSlug }) : undefined
  return (name) => {
    const field = findField(collection?.fields, name)
    if (!field) return undefined
    const label = 'label' in field && field.label ? getTranslation(field.label as never, i18n) : undefined
    const options = 'options' in field && Array.isArray(field.options) ? field.options : []
    return {
      label: typeof label === 'string' ? label : undefined,
      optionLabel: (value) => {
        for (const option of options) {
          if (typeof option === 'string') {
            if (option === value) return option
          } else if (option.value === value) {
            const text = getTranslation(option.label as never, i18n)
            return typeof text === 'string' ? text : value
          }
        }
        return undefined
      },
    }
  }
}

export function AuditChangeRowLabel() {
  const { data, language } = useRow()
  const target = useFormFields(([fields]) => fields.targetCollection?.value)
  const describe = useAuditFieldInfo(target)
  return <Label>{auditChangeRowLabel(data, language, describe(String(data.field ?? '')))}</Label>
}
