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
import { label, tr } from '../src/translations'
import { CHANNEL_OPTIONS } from './sharedFields'
import { DAY_AND_TIME, DAY_ONLY } from './dateDisplay'
import { WORKFLOW_STATUSES } from '../src/workflow'
import { complianceEndpoint } from '../src/endpoints/compliance'
import { takeWorkflowActionEndpoint, workflowActionsEndpoint } from '../src/workflowActions/endpoint'

const RULE_LEVELS = (['block', 'gate', 'warn'] as const).map((level) => ({ label: label(`levels:${level}`), value: level }))
// Written by hooks only; read by staff only (who moved a post and why is not for the public).
const systemOnly = { create: neverField, update: neverField, read: hasBalisesRoleField }

/** The most images one post can carry. */
export const MAX_IMAGES_PER_POST = 20

export const postsCollection = (options: Pick<ResolvedBalisesOptions, 'slugs' | 'editor'>): CollectionConfig => ({
  slug: options.slugs.posts,
  labels: { singular: label('posts:singular'), plural: label('posts:plural') },
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
    { name: 'title', type: 'text', label: label('posts:title'), required: true },
    {
      name: 'category',
      type: 'relationship',
      relationTo: options.slugs.categories,
      label: label('posts:category'),
      index: true,
      admin: { description: label('posts:categoryDescription') },
    },
    {
      name: 'channels',
      type: 'array',
      label: label('posts:channels'),
      labels: { singular: label('posts:channel'), plural: label('posts:channels') },
      fields: [
        {
          name: 'channel',
          type: 'select',
          label: label('posts:channel'),
          required: true,
          options: CHANNEL_OPTIONS,
        },
        {
          name: 'text',
          type: 'textarea',
          label: label('posts:text'),
          // Payload's textarea with a character counter under it, counted as the platform counts (CHAN-1).
          admin: { components: { Field: 'balises/client#ChannelTextField' } },
        },
      ],
    },
    // Balises' own editor: a host with no config-level editor (or another one) still gets Lexical JSON.
    {
      name: 'body',
      type: 'richText',
      editor: options.editor,
      // A static pair (from the merged translations): Lexical keeps the field's label as first resolved,
      // so a label function showed « Contenu » in the English admin too.
      label: tr('posts:body'),
    },
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
      label: label('posts:publishAt'),
      index: true,
      timezone: true,
      admin: {
        position: 'sidebar',
        description: label('posts:publishAtDescription'),
        date: DAY_AND_TIME,
      },
    },
    {
      name: 'workflowStatus',
      type: 'select',
      label: label('posts:workflowStatus'),
      required: true,
      defaultValue: 'draft',
      index: true,
      options: WORKFLOW_STATUSES.map((status) => ({ label: label(`workflow:${status}`), value: status })),
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
      label: label('posts:media'),
      admin: { description: label('posts:mediaDescription') },
    },
    {
      name: 'position',
      type: 'relationship',
      relationTo: options.slugs.positions,
      label: label('posts:position'),
      index: true,
      admin: { description: label('posts:positionDescription') },
    },
    {
      type: 'row',
      fields: [
        { name: 'source', type: 'text', label: label('posts:source'), admin: { description: label('posts:sourceDescription') } },
        {
          name: 'sourceOrganisation',
          type: 'text',
          label: label('posts:sourceOrganisation'),
          admin: { description: label('posts:sourceOrganisationDescription') },
        },
      ],
    },
    {
      name: 'closingDate',
      type: 'date',
      label: label('posts:closingDate'),
      admin: { description: label('posts:closingDateDescription'), date: DAY_ONLY },
    },
    {
      name: 'valuesConfirmed',
      type: 'checkbox',
      label: label('posts:valuesConfirmed'),
      defaultValue: false,
      // Ticked through the approval dialog's GOV-6 checklist.
      admin: { position: 'sidebar', description: label('posts:valuesConfirmedDescription'), hidden: true },
    },
    {
      name: 'statusReason',
      type: 'text',
      access: { read: hasBalisesRoleField },
      label: label('posts:statusReason'),
      // Written in the dialogs of the actions that need a reason.
      admin: { position: 'sidebar', description: label('posts:statusReasonDescription'), hidden: true },
    },
    {
      name: 'compliance',
      type: 'array',
      label: label('posts:compliance'),
      access: systemOnly,
      hooks: { afterRead: [withholdStoredFindings] },
      admin: { readOnly: true, initCollapsed: true },
      fields: [
        { name: 'rule', type: 'text', label: label('posts:complianceRule') },
        { name: 'level', type: 'select', options: RULE_LEVELS, label: label('posts:complianceLevel') },
        { name: 'path', type: 'text' },
        { name: 'messageFr', type: 'textarea', label: label('posts:complianceMessage') },
        { name: 'messageEn', type: 'textarea', label: label('posts:complianceMessage') },
        { name: 'overridden', type: 'checkbox', label: label('posts:complianceOverridden') },
      ],
    },
    {
      name: 'overrides',
      type: 'array',
      label: label('posts:overrides'),
      access: { create: isResponsableField, update: isResponsableField, read: hasBalisesRoleField },
      admin: { description: label('posts:overridesDescription'), initCollapsed: true },
      fields: [
        {
          name: 'rule',
          type: 'select',
          options: [{ label: label('posts:overrideRuleForbid1'), value: OVERRIDABLE_RULE }],
          required: true,
          label: label('posts:overrideRule'),
        },
        { name: 'justification', type: 'textarea', required: true, label: label('posts:overrideJustification') },
        {
          name: 'by',
          type: 'relationship',
          relationTo: options.slugs.users,
          label: label('posts:overrideBy'),
          admin: { readOnly: true },
        },
        { name: 'at', type: 'date', label: label('posts:overrideAt'), admin: { readOnly: true, date: DAY_AND_TIME } },
      ],
    },
    {
      name: 'history',
      type: 'array',
      label: label('posts:history'),
      access: systemOnly,
      admin: { readOnly: true, initCollapsed: true },
      fields: [
        { name: 'from', type: 'text', label: label('posts:historyFrom') },
        { name: 'to', type: 'text', label: label('posts:historyTo') },
        { name: 'by', type: 'relationship', relationTo: options.slugs.users, label: label('posts:historyBy') },
        { name: 'at', type: 'date', label: label('posts:historyAt'), admin: { date: DAY_AND_TIME } },
        { name: 'reason', type: 'text', label: label('posts:historyReason') },
      ],
    },
    {
      name: 'author',
      type: 'relationship',
      // Set by the system from the person who creates the post (defaultValue): a client can neither
      // claim another author at creation nor change it later.
      access: { read: hasBalisesRoleField, create: neverField, update: neverField },
      relationTo: options.slugs.users,
      label: label('posts:author'),
      admin: { position: 'sidebar' },
      defaultValue: ({ user }: { user?: { id: number | string } | null }) => user?.id,
    },
  ],
})
