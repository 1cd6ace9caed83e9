import type { CollectionConfig, Field } from 'payload'

import { canManageChannels } from '../src/access/canManageChannels'
import { neverField } from '../src/access/never'
import { ACCOUNT_TEXT_LIMITS } from '../src/connectors/accountSettings'
import { CONNECTED_NETWORKS, DEFAULT_SERVER_URLS } from '../src/connectors/networks'
import { storeChannelSecret } from '../hooks/channels/storeChannelSecret'
import { testConnectionEndpoint } from '../src/deliveries/testConnectionEndpoint'
import { HEALTH_STATES } from '../src/deliveries/health'
import { label, tr } from '../src/translations'
import type { BalisesSlugs } from '../src/slugs'
import { DAY_AND_TIME } from './dateDisplay'

const systemOnly = { create: neverField, update: neverField }

const whenNetwork =
  (...networks: string[]) =>
  (data: Record<string, unknown> | undefined) =>
    networks.includes(String(data?.network ?? ''))

const healthFields: Field[] = [
  {
    name: 'health',
    type: 'select',
    label: label('channelAccounts:health'),
    defaultValue: 'unchecked',
    access: systemOnly,
    options: HEALTH_STATES.map((state) => ({ label: label(`channelAccounts:health_${state}`), value: state })),
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'accountName',
    type: 'text',
    label: label('channelAccounts:accountName'),
    access: systemOnly,
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'healthCheckedAt',
    type: 'date',
    label: label('channelAccounts:healthCheckedAt'),
    access: systemOnly,
    admin: { position: 'sidebar', readOnly: true, date: DAY_AND_TIME },
  },
  {
    name: 'rateLimitedUntil',
    type: 'date',
    label: label('channelAccounts:rateLimitedUntil'),
    access: systemOnly,
    admin: { position: 'sidebar', readOnly: true, date: DAY_AND_TIME, condition: (data) => data?.health === 'rateLimited' },
  },
  {
    name: 'healthDetail',
    type: 'text',
    label: label('channelAccounts:healthDetail'),
    access: systemOnly,
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'testConnection',
    type: 'ui',
    admin: { position: 'sidebar', disableListColumn: true, components: { Field: 'balises/client#TestConnectionButton' } },
  },
]

/**
 * The organisation's accounts on the networks Balises publishes to (issue 15). The secret (app
 * password, access token, page token) is written once and never read back: it is encrypted into
 * `secretStored` (src/connectors/credentialsCipher.ts), a hidden field no API returns, and only the
 * delivery jobs decrypt it.
 */
export const channelAccountsCollection = (options: { slugs: BalisesSlugs }): CollectionConfig => ({
  slug: options.slugs.channelAccounts,
  labels: { singular: label('channelAccounts:singular'), plural: label('channelAccounts:plural') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'network', 'health', 'active'],
    group: tr('general:navGroupAdmin'),
    description: label('channelAccounts:description'),
  },
  access: { read: canManageChannels, create: canManageChannels, update: canManageChannels, delete: canManageChannels },
  hooks: { beforeChange: [storeChannelSecret] },
  endpoints: [testConnectionEndpoint],
  fields: [
    {
      name: 'name',
      type: 'text',
      label: label('channelAccounts:name'),
      required: true,
      admin: { description: label('channelAccounts:nameDescription') },
    },
    {
      name: 'network',
      type: 'select',
      label: label('channelAccounts:network'),
      required: true,
      options: CONNECTED_NETWORKS.map((network) => ({ label: label(`channelAccounts:network_${network}`), value: network })),
    },
    {
      name: 'serverUrl',
      type: 'text',
      maxLength: ACCOUNT_TEXT_LIMITS.serverUrl,
      label: label('channelAccounts:serverUrl'),
      admin: { description: label('channelAccounts:serverUrlDescription'), placeholder: DEFAULT_SERVER_URLS.bluesky },
    },
    {
      name: 'identifier',
      type: 'text',
      maxLength: ACCOUNT_TEXT_LIMITS.identifier,
      label: label('channelAccounts:identifier'),
      admin: { description: label('channelAccounts:identifierDescription'), condition: whenNetwork('bluesky', 'facebook') },
    },
    {
      // Write-only: virtual (no column), emptied by the hook before the save (encrypted into
      // secretStored), so no read returns it. No read access rule: Payload would hide the field from the form.
      name: 'secret',
      type: 'text',
      maxLength: ACCOUNT_TEXT_LIMITS.secret,
      virtual: true,
      label: label('channelAccounts:secret'),
      admin: { description: label('channelAccounts:secretDescription'), components: { Field: 'balises/client#SecretField' } },
    },
    { name: 'secretStored', type: 'text', hidden: true, access: { read: neverField, ...systemOnly } },
    {
      name: 'secretSetAt',
      type: 'date',
      label: label('channelAccounts:secretSetAt'),
      access: systemOnly,
      admin: { readOnly: true, date: DAY_AND_TIME, condition: (data) => Boolean(data?.secretSetAt) },
    },
    {
      name: 'active',
      type: 'checkbox',
      label: label('channelAccounts:active'),
      defaultValue: true,
      admin: { position: 'sidebar', description: label('channelAccounts:activeDescription') },
    },
    ...healthFields,
  ],
})
