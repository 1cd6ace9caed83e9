import type { CollectionConfig, Field, FieldHook, GlobalConfig } from 'payload'

import { normalizeDay } from '../hooks/normalizeDay'
import { balisesKeyOf, label } from '../src/translations'

/**
 * How the admin shows dates, one format per language (src/time/formatMoment.ts is the same in Intl):
 * French « 1 déc. 2026, 16 h 28 » / « 1 déc. 2026 », English "Dec 1, 2026, 4:28 PM" / "Dec 1, 2026".
 * date-fns patterns, read with the person's date-fns locale (Payload's `i18n.dateFNS`). Payload takes
 * one pattern whatever the language, so Balises' date field and cell (src/components/dates) choose
 * them by language; the patterns below are what Payload's own screens use (document meta, versions).
 */
export const DATE_PATTERNS = {
  fr: { day: 'd MMM yyyy', dayAndTime: "d MMM yyyy, H 'h' mm", time: "H 'h' mm" },
  en: { day: 'MMM d, yyyy', dayAndTime: 'MMM d, yyyy, h:mm a', time: 'h:mm aa' },
} as const

/** What a person may type in a day field besides the display pattern: 2017-05-12, 12/05/2017. */
export const TYPED_DAY_PATTERNS = ['yyyy-MM-dd', 'd/M/yyyy', 'd MMMM yyyy'] as const

export const datePatternsOf = (language: string | undefined) => (language === 'en' ? DATE_PATTERNS.en : DATE_PATTERNS.fr)

/** Payload's root `admin.dateFormat` (its own screens, in every language): the French pattern. */
export const DATE_TIME_FORMAT = DATE_PATTERNS.fr.dayAndTime

/** A moment (a date and a time): 24 h in French, every quarter hour in the picker. */
export const DAY_AND_TIME = {
  pickerAppearance: 'dayAndTime',
  displayFormat: DATE_PATTERNS.fr.dayAndTime,
  timeFormat: DATE_PATTERNS.fr.time,
  timeIntervals: 15,
} as const

/** A calendar day (birth date, validity, closing date): stored as the day at noon UTC, shown as that day everywhere. */
export const DAY_ONLY = { pickerAppearance: 'dayOnly', displayFormat: DATE_PATTERNS.fr.day } as const

/** The components every date field of Balises gets (`withDateDisplay`). */
export const DATE_FIELD_COMPONENTS = { Field: 'balises/client#BalisesDateField', Cell: 'balises/client#BalisesDateCell' } as const

type DateField = Extract<Field, { type: 'date' }>

const isDayOnly = (field: DateField) => {
  const appearance = field.admin?.date?.pickerAppearance
  return appearance === 'dayOnly' || appearance === 'monthOnly'
}

function displayed(field: DateField): DateField {
  const admin = field.admin ?? {}
  const date = admin.date?.pickerAppearance ? admin.date : { ...DAY_AND_TIME, ...admin.date }
  const components = { ...DATE_FIELD_COMPONENTS, ...admin.components }
  // Payload hands a custom Field component its label and description resolved in the language of
  // the first render it cached: BalisesDateField translates them again from these keys.
  const labelKey = balisesKeyOf(field.label)
  const descriptionKey = balisesKeyOf(admin.description)
  const custom = { ...admin.custom, ...(labelKey ? { labelKey } : {}), ...(descriptionKey ? { descriptionKey } : {}) }
  const withAdmin: DateField = { ...field, admin: { ...admin, date, components, custom } }
  if (!isDayOnly(withAdmin)) return withAdmin
  const beforeValidate: FieldHook[] = field.hooks?.beforeValidate ?? []
  return beforeValidate.includes(normalizeDay)
    ? withAdmin
    : { ...withAdmin, hooks: { ...field.hooks, beforeValidate: [normalizeDay, ...beforeValidate] } }
}

/** Every date field of these fields (in arrays, groups, rows, tabs, blocks too) with Balises' display. */
export function withDateFields(fields: Field[]): Field[] {
  return fields.map((field): Field => {
    if (field.type === 'date') return displayed(field)
    if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: withDateFields(tab.fields) })) }
    if (field.type === 'blocks') {
      return { ...field, blocks: field.blocks.map((block) => ({ ...block, fields: withDateFields(block.fields) })) }
    }
    if ('fields' in field && Array.isArray(field.fields)) return { ...field, fields: withDateFields(field.fields) } as Field
    return field
  })
}

/** Payload's own timestamps, declared as it does (same columns), so that lists show them in the person's format. */
const timestamp = (name: 'createdAt' | 'updatedAt'): Field => ({
  name,
  type: 'date',
  index: true,
  label: label(name === 'createdAt' ? 'dates:createdAt' : 'dates:updatedAt'),
  admin: { hidden: true, disableBulkEdit: true, date: DAY_AND_TIME, components: DATE_FIELD_COMPONENTS },
})

const declares = (fields: Field[], name: string) => fields.some((field) => 'name' in field && field.name === name)

/** A collection whose date fields (timestamps included) show in the person's format. */
export function withDateDisplay(collection: CollectionConfig): CollectionConfig {
  const fields = withDateFields(collection.fields)
  if (collection.timestamps !== false) {
    if (!declares(fields, 'updatedAt')) fields.push(timestamp('updatedAt'))
    if (!declares(fields, 'createdAt')) fields.push(timestamp('createdAt'))
  }
  return { ...collection, fields }
}

/** A global whose date fields show in the person's format. */
export function withGlobalDateDisplay(global: GlobalConfig): GlobalConfig {
  return { ...global, fields: withDateFields(global.fields) }
}
