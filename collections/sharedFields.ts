import type { CollectionBeforeChangeHook, Field } from 'payload'

import { neverField } from '../src/access/never'
import { CHANNELS } from '../src/channels'
import type { BalisesSlugs } from '../src/slugs'
import { label, type TranslationKey } from '../src/translations'
import { DAY_AND_TIME } from './dateDisplay'

/** The policy's channels as select options, labelled in both languages. */
export const CHANNEL_OPTIONS = CHANNELS.map((channel) => ({ label: label(`channels:${channel}`), value: channel }))

/** A required « Réseau » select. */
export const channelField = (): Field => ({
  name: 'channel',
  type: 'select',
  label: label('posts:channel'),
  required: true,
  options: CHANNEL_OPTIONS,
})

/** When something happened: required, now by default, indexed for period queries. */
export const momentField = (name: string, labelKey: TranslationKey): Field => ({
  name,
  type: 'date',
  label: label(labelKey),
  required: true,
  index: true,
  defaultValue: () => new Date().toISOString(),
  admin: { date: DAY_AND_TIME },
})

/** Who recorded an entry: set by `recordCreator` from the session, never typed in. */
export const creatorField = (name: string, labelKey: TranslationKey, usersSlug: BalisesSlugs['users']): Field => ({
  name,
  type: 'relationship',
  relationTo: usersSlug,
  label: label(labelKey),
  access: { create: neverField, update: neverField },
  admin: { readOnly: true, position: 'sidebar' },
})

export const recordCreator =
  (field: string): CollectionBeforeChangeHook =>
  ({ data, operation, req }) =>
    operation === 'create' ? { ...data, [field]: req.user?.id ?? null } : data

/**
 * A « Réseau — date » title for lists and search, written by the system from the saved channel and
 * date (`labelled`): a value sent for it is dropped.
 */
export const labelField = (labelKey: TranslationKey): Field => ({
  name: 'label',
  type: 'text',
  label: label(labelKey),
  access: { create: neverField, update: neverField },
  admin: { hidden: true },
})

export const labelled =
  (dateField: string): CollectionBeforeChangeHook =>
  ({ data, originalDoc }) => {
    const merged = { ...originalDoc, ...data }
    return { ...data, label: `${merged.channel ?? ''} — ${String(merged[dateField] ?? '').slice(0, 10)}` }
  }
