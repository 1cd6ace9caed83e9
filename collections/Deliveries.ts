import type { CollectionConfig } from 'payload'

import { isBalisesUser } from '../src/access/isBalisesUser'
import { never, neverField } from '../src/access/never'
import { CHANNEL_OPTIONS } from './sharedFields'
import { deliveryEndpoints } from '../src/deliveries/endpoints'
import { recordDeliveryInHistory } from '../hooks/channels/recordDeliveryInHistory'
import { DELIVERY_STATES, FAILURE_REASONS, REMOVAL_CAUSES } from '../src/deliveries/states'
import { label, tr } from '../src/translations'
import type { BalisesSlugs } from '../src/slugs'
import { DAY_AND_TIME } from './dateDisplay'

const systemOnly = { create: neverField, update: neverField }
const readOnly = { readOnly: true }

/**
 * One post on one network account (issue 15), written only by the system: the delivery jobs, and
 * the endpoints behind « Réessayer » and « Marquer comme publiée » (src/deliveries/endpoints.ts).
 * Every signed-in member of the team sees where a post went; nothing here is personal.
 */
export const deliveriesCollection = (options: { slugs: BalisesSlugs }): CollectionConfig => ({
  slug: options.slugs.deliveries,
  labels: { singular: label('deliveries:singular'), plural: label('deliveries:plural') },
  admin: {
    useAsTitle: 'summary',
    defaultColumns: ['post', 'network', 'state', 'remoteUrl', 'updatedAt'],
    group: tr('general:navGroupContent'),
    description: label('deliveries:description'),
  },
  access: { read: ({ req }) => isBalisesUser(req.user), create: never, update: never, delete: never },
  endpoints: deliveryEndpoints,
  hooks: { afterChange: [recordDeliveryInHistory] },
  fields: [
    { name: 'summary', type: 'text', label: label('deliveries:summary'), access: systemOnly, admin: readOnly },
    {
      name: 'post',
      type: 'relationship',
      relationTo: options.slugs.posts,
      label: label('deliveries:post'),
      required: true,
      index: true,
      access: systemOnly,
      admin: readOnly,
    },
    {
      name: 'network',
      type: 'select',
      label: label('deliveries:network'),
      required: true,
      options: CHANNEL_OPTIONS,
      access: systemOnly,
      admin: readOnly,
    },
    {
      name: 'channelAccount',
      type: 'relationship',
      relationTo: options.slugs.channelAccounts,
      label: label('deliveries:channelAccount'),
      index: true,
      access: systemOnly,
      admin: readOnly,
    },
    {
      name: 'state',
      type: 'select',
      label: label('deliveries:state'),
      required: true,
      index: true,
      defaultValue: 'queued',
      options: DELIVERY_STATES.map((state) => ({ label: label(`deliveries:state_${state}`), value: state })),
      access: systemOnly,
      admin: readOnly,
    },
    { name: 'remoteId', type: 'text', label: label('deliveries:remoteId'), access: systemOnly, admin: readOnly },
    { name: 'remoteUrl', type: 'text', label: label('deliveries:remoteUrl'), access: systemOnly, admin: readOnly },
    // Stable across every retry: Mastodon's Idempotency-Key, Bluesky's record key (src/connectors).
    {
      name: 'idempotencyKey',
      type: 'text',
      label: label('deliveries:idempotencyKey'),
      access: systemOnly,
      admin: { ...readOnly, hidden: true },
    },
    { name: 'attempts', type: 'number', label: label('deliveries:attempts'), defaultValue: 0, access: systemOnly, admin: readOnly },
    {
      name: 'firstAttemptAt',
      type: 'date',
      label: label('deliveries:firstAttemptAt'),
      access: systemOnly,
      admin: { ...readOnly, date: DAY_AND_TIME },
    },
    {
      name: 'lastAttemptAt',
      type: 'date',
      label: label('deliveries:lastAttemptAt'),
      access: systemOnly,
      admin: { ...readOnly, date: DAY_AND_TIME },
    },
    {
      name: 'nextAttemptAt',
      type: 'date',
      label: label('deliveries:nextAttemptAt'),
      access: systemOnly,
      admin: { ...readOnly, date: DAY_AND_TIME },
    },
    {
      name: 'failureReason',
      type: 'select',
      label: label('deliveries:failureReason'),
      options: FAILURE_REASONS.map((reason) => ({ label: label(`deliveries:reason_${reason}`), value: reason })),
      access: systemOnly,
      admin: readOnly,
    },
    { name: 'failureDetail', type: 'text', label: label('deliveries:failureDetail'), access: systemOnly, admin: readOnly },
    {
      name: 'postedAt',
      type: 'date',
      label: label('deliveries:postedAt'),
      index: true,
      access: systemOnly,
      admin: { ...readOnly, date: DAY_AND_TIME },
    },
    {
      name: 'removalCause',
      type: 'select',
      label: label('deliveries:removalCause'),
      options: REMOVAL_CAUSES.map((cause) => ({ label: label(`deliveries:cause_${cause}`), value: cause })),
      access: systemOnly,
      admin: readOnly,
    },
    {
      name: 'removedAt',
      type: 'date',
      label: label('deliveries:removedAt'),
      access: systemOnly,
      admin: { ...readOnly, date: DAY_AND_TIME },
    },
  ],
})
