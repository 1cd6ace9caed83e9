import type { CollectionConfig } from 'payload'

import { auditPostStatus } from '../src/privacy/auditTrail'
import { enforcePostRules } from '../hooks/enforcePostRules'
import { withholdStoredFindings } from '../hooks/privacy/withholdStoredFindings'
import { publishWithWorkflow } from '../hooks/publishWithWorkflow'
import { refuseErasingNulls } from '../hooks/refuseErasingNulls'
import { notifyStageChange } from '../src/notifications/notifyStageChange'
import { canDeletePosts } from '../src/access/canDeletePosts'
import { canUpdatePosts } from '../src/access/canUpdatePosts'
import { isResponsableField } from '../src/access/isResponsableField'
import { neverField } from '../src/access/never'
import { hasBalisesRole, hasBalisesRoleField } from '../src/access/hasBalisesRole'
import { isStaff } from '../src/access/isStaff'
import { readPublishedPosts } from '../src/access/readPublishedPosts'
import type { ResolvedBalisesOptions } from '../src/options'
import { OVERRIDABLE_RULE } from '../src/overrides'
import { tr } from '../src/translations'
import { CHANNEL_OPTIONS } from './sharedFields'
import { DAY_AND_TIME } from './dateDisplay'
import { WORKFLOW_STATUSES } from '../src/workflow'
import { complianceEndpoint } from '../src/endpoints/compliance'
import { takeWorkflowActionEndpoint, workflowActionsEndpoint } from '../src/workflowActions/endpoint'

const RULE_LEVELS = (['block', 'gate', 'warn'] as const).map((level) => ({ label: tr(`levels:${level}`), value: level }))
// Written by hooks only; read by staff only (who moved a post and why is not for the public).
const systemOnly = { create: neverField, update: neverField, read: hasBalisesRoleField }

/** The most images one post can carry. */
export const MAX_IMAGES_PER_POST = 20


export const postsCollection = (options: Pick<ResolvedBalisesOptions, 'slugs' | 'editor'>): CollectionConfig => ({
  slug: options.slugs.posts,
  labels: { singular: tr('posts:singular'), plural: tr('posts:plural') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'category', 'workflowStatus', 'publishAt', 'author'],
    group: tr('general:navGroupContent'),
    components: {
      edit: {
        // Stages change through the workflow's actions only: Payload's publish and unpublish
        // buttons and its « Statut » (which contradicts the stage) give way to them.
        PublishButton: 'balises/client#WorkflowActionBar',
        Status: 'balises/client#ReplacedByWorkflow',
        UnpublishButton: 'balises/client#ReplacedByWorkflow',
      },
    },
  },
  // No bulk edit, publish or unpublish from the list: each post moves through its own actions.
  disableBulkEdit: true,
  // `validate`: a draft is checked as it is saved, so « Créer » opens an unsaved form (Payload creates
  // a document at once only for autosaved drafts without validation) and a half-filled row is refused.
  versions: { drafts: { autosave: { interval: 2000 }, validate: true }, maxPerDoc: 50 },
  access: {
    read: readPublishedPosts,
    // Payload's default for versions is "signed in": drafts and history are for role holders only.
    readVersions: hasBalisesRole,
    create: isStaff,
    update: canUpdatePosts,
    delete: canDeletePosts,
  },
  hooks: {
    beforeOperation: [publishWithWorkflow],
    beforeValidate: [refuseErasingNulls],
    beforeChange: [enforcePostRules],
    afterChange: [auditPostStatus, notifyStageChange],
  },
  endpoints: [complianceEndpoint, workflowActionsEndpoint, takeWorkflowActionEndpoint],
  fields: [
    { name: 'title', type: 'text', label: tr('posts:title'), required: true },
    {
      name: 'category',
      type: 'relationship',
      relationTo: options.slugs.categories,
      label: tr('posts:category'),
      index: true,
      admin: { description: tr('posts:categoryDescription') },
    },
    {
      name: 'channels',
      type: 'array',
      label: tr('posts:channels'),
      labels: { singular: tr('posts:channel'), plural: tr('posts:channels') },
      fields: [
        {
          name: 'channel',
          type: 'select',
          label: tr('posts:channel'),
          required: true,
          options: CHANNEL_OPTIONS,
        },
        {
          name: 'text',
          type: 'textarea',
          label: tr('posts:text'),
          // Payload's textarea with a character counter under it, counted as the platform counts (CHAN-1).
          admin: { components: { Field: 'balises/client#ChannelTextField' } },
        },
      ],
    },
    // Balises' own editor: a host with no config-level editor (or another one) still gets Lexical JSON.
    { name: 'body', type: 'richText', editor: options.editor, label: tr('posts:body') },
    {
      // The rules' findings for the post as it is being edited (no column, nothing stored).
      name: 'compliancePanel',
      type: 'ui',
      admin: {
        position: 'sidebar',
        disableListColumn: true,
        components: { Field: 'balises/client#CompliancePanel' },
      },
    },
    {
      // Internal comments on the post (the comments collection), kept whatever its stage.
      name: 'commentsPanel',
      type: 'ui',
      admin: { position: 'sidebar', disableListColumn: true, components: { Field: 'balises/client#CommentsPanel' } },
    },
    {
      name: 'publishAt',
      type: 'date',
      label: tr('posts:publishAt'),
      index: true,
      timezone: true,
      admin: {
        position: 'sidebar',
        description: tr('posts:publishAtDescription'),
        date: DAY_AND_TIME,
      },
    },
    {
      name: 'workflowStatus',
      type: 'select',
      label: tr('posts:workflowStatus'),
      required: true,
      defaultValue: 'draft',
      index: true,
      options: WORKFLOW_STATUSES.map((status) => ({ label: tr(`workflow:${status}`), value: status })),
      admin: {
        position: 'sidebar',
        components: { Field: 'balises/client#WorkflowStageField', Cell: 'balises/client#WorkflowStageCell' },
      },
    },
    {
      name: 'media',
      type: 'relationship',
      relationTo: options.slugs.media,
      hasMany: true,
      // Instagram's carousel limit; a bound also keeps one save from binding thousands of SQL variables.
      maxRows: MAX_IMAGES_PER_POST,
      label: tr('posts:media'),
      admin: { description: tr('posts:mediaDescription') },
    },
    {
      name: 'position',
      type: 'relationship',
      relationTo: options.slugs.positions,
      label: tr('posts:position'),
      index: true,
      admin: { description: tr('posts:positionDescription') },
    },
    {
      type: 'row',
      fields: [
        { name: 'source', type: 'text', label: tr('posts:source'), admin: { description: tr('posts:sourceDescription') } },
        {
          name: 'sourceOrganisation',
          type: 'text',
          label: tr('posts:sourceOrganisation'),
          admin: { description: tr('posts:sourceOrganisationDescription') },
        },
      ],
    },
    {
      name: 'closingDate',
      type: 'date',
      label: tr('posts:closingDate'),
      admin: { description: tr('posts:closingDateDescription'), date: DAY_AND_TIME },
    },
    {
      name: 'valuesConfirmed',
      type: 'checkbox',
      label: tr('posts:valuesConfirmed'),
      defaultValue: false,
      // Ticked through the approval dialog's GOV-6 checklist.
      admin: { position: 'sidebar', description: tr('posts:valuesConfirmedDescription'), hidden: true },
    },
    {
      name: 'statusReason',
      type: 'text',
      access: { read: hasBalisesRoleField },
      label: tr('posts:statusReason'),
      // Written in the dialogs of the actions that need a reason.
      admin: { position: 'sidebar', description: tr('posts:statusReasonDescription'), hidden: true },
    },
    {
      name: 'compliance',
      type: 'array',
      label: tr('posts:compliance'),
      access: systemOnly,
      hooks: { afterRead: [withholdStoredFindings] },
      admin: { readOnly: true, initCollapsed: true },
      fields: [
        { name: 'rule', type: 'text', label: tr('posts:complianceRule') },
        { name: 'level', type: 'select', options: RULE_LEVELS, label: tr('posts:complianceLevel') },
        { name: 'path', type: 'text' },
        { name: 'messageFr', type: 'textarea', label: tr('posts:complianceMessage') },
        { name: 'messageEn', type: 'textarea', label: tr('posts:complianceMessage') },
        { name: 'overridden', type: 'checkbox', label: tr('posts:complianceOverridden') },
      ],
    },
    {
      name: 'overrides',
      type: 'array',
      label: tr('posts:overrides'),
      access: { create: isResponsableField, update: isResponsableField, read: hasBalisesRoleField },
      admin: { description: tr('posts:overridesDescription'), initCollapsed: true },
      fields: [
        { name: 'rule', type: 'select', options: [{ label: tr('posts:overrideRuleForbid1'), value: OVERRIDABLE_RULE }], required: true, label: tr('posts:overrideRule') },
        { name: 'justification', type: 'textarea', required: true, label: tr('posts:overrideJustification') },
        {
          name: 'by',
          type: 'relationship',
          relationTo: options.slugs.users,
          label: tr('posts:overrideBy'),
          admin: { readOnly: true },
        },
        { name: 'at', type: 'date', label: tr('posts:overrideAt'), admin: { readOnly: true, date: DAY_AND_TIME } },
      ],
    },
    {
      name: 'history',
      type: 'array',
      label: tr('posts:history'),
      access: systemOnly,
      admin: { readOnly: true, initCollapsed: true },
      fields: [
        { name: 'from', type: 'text', label: tr('posts:historyFrom') },
        { name: 'to', type: 'text', label: tr('posts:historyTo') },
        { name: 'by', type: 'relationship', relationTo: options.slugs.users, label: tr('posts:historyBy') },
        { name: 'at', type: 'date', label: tr('posts:historyAt'), admin: { date: DAY_AND_TIME } },
        { name: 'reason', type: 'text', label: tr('posts:historyReason') },
      ],
    },
    {
      name: 'author',
      type: 'relationship',
      // Set by the system from the person who creates the post (defaultValue): a client can neither
      // claim another author at creation nor change it later.
      access: { read: hasBalisesRoleField, create: neverField, update: neverField },
      relationTo: options.slugs.users,
      label: tr('posts:author'),
      admin: { position: 'sidebar' },
      defaultValue: ({ user }: { user?: { id: number | string } | null }) => user?.id,
    },
  ],
})
