import type { CollectionConfig } from 'payload'

import { deliverOnStageChange } from '../hooks/channels/deliverOnStageChange'
import { auditPostStatus } from '../src/privacy/auditTrail'
import { enforcePostRules } from '../hooks/enforcePostRules'
import { keepCategoryFields } from '../hooks/keepCategoryFields'
import { withholdStoredFindings } from '../hooks/privacy/withholdStoredFindings'
import { refuseOverridesFromOthers } from '../hooks/refuseOverridesFromOthers'
import { stageQueriesNeedDraft } from '../hooks/stageQueriesNeedDraft'
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
import { label, tr, type TranslationKey } from '../src/translations'
import { belongsToCategory, CATEGORY_FIELDS, type CategoryField } from '../src/categoryFields'
import { CHANNEL_OPTIONS } from './sharedFields'
import { DAY_AND_TIME, DAY_ONLY } from './dateDisplay'
import { WORKFLOW_STATUSES } from '../src/workflow'
import { DELIVERY_HISTORY_EVENTS } from '../src/deliveries/historyEvents'
import { complianceEndpoint } from '../src/endpoints/compliance'
import { takeWorkflowActionEndpoint, workflowActionsEndpoint } from '../src/workflowActions/endpoint'

const RULE_LEVELS = (['block', 'gate', 'warn'] as const).map((level) => ({ label: label(`levels:${level}`), value: level }))
const isEventRow = (_: unknown, row: { event?: unknown } | undefined) => Boolean(row?.event)
const isStageRow = (_: unknown, row: { event?: unknown } | undefined) => !row?.event

// Written by hooks only; read by staff only (who moved a post and why is not for the public).
const systemOnly = { create: neverField, update: neverField, read: hasBalisesRoleField }

/**
 * A field of one category (CAT-6 closing date, CAT-7 source, CAT-8 organisation, CAT-10 position):
 * shown only when that category is chosen (`categoryCode`, kept in the form by the category picker),
 * its description saying that it is cleared on save in another category (hooks/keepCategoryFields.ts).
 */
const ofCategory = (field: CategoryField, description: TranslationKey) => ({
  condition: (data: Record<string, unknown>) => belongsToCategory(field, data?.categoryCode),
  description: ({ t }: { t: unknown }) => {
    const translate = t as (key: string, vars?: Record<string, string>) => string
    return `${translate(`balises:${description}`)} ${translate('balises:postForm:categoryFieldsCleared', { code: CATEGORY_FIELDS[field] })}`
  },
})

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
    beforeOperation: [stageQueriesNeedDraft, refuseOverridesFromOthers, publishWithWorkflow],
    beforeValidate: [refuseErasingNulls],
    beforeChange: [keepCategoryFields, enforcePostRules],
    afterChange: [auditPostStatus, notifyStageChange, deliverOnStageChange],
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
      admin: {
        description: label('posts:categoryDescription'),
        // Code, label in the admin's language and colour, in the form and in the list.
        components: { Field: 'balises/client#CategoryPicker', Cell: 'balises/client#CategoryCell' },
      },
    },
    {
      // The chosen category's code, read from the category (never stored): the form's conditions
      // see only the category's ID, so the picker updates this one as the person picks.
      name: 'categoryCode',
      type: 'text',
      virtual: 'category.code',
      admin: { hidden: true, disableListColumn: true, disableListFilter: true },
    },
    {
      name: 'closingDate',
      type: 'date',
      label: label('posts:closingDate'),
      admin: { ...ofCategory('closingDate', 'posts:closingDateDescription'), date: DAY_ONLY },
    },
    { name: 'source', type: 'text', label: label('posts:source'), admin: ofCategory('source', 'posts:sourceDescription') },
    {
      name: 'sourceOrganisation',
      type: 'text',
      label: label('posts:sourceOrganisation'),
      admin: ofCategory('sourceOrganisation', 'posts:sourceOrganisationDescription'),
    },
    {
      name: 'position',
      type: 'relationship',
      relationTo: options.slugs.positions,
      label: label('posts:position'),
      index: true,
      admin: ofCategory('position', 'posts:positionDescription'),
    },
    // Balises' own editor: a host with no config-level editor (or another one) still gets Lexical JSON.
    // The « texte commun »: published on every network of the post that has no text of its own.
    {
      name: 'body',
      type: 'richText',
      editor: options.editor,
      // A static pair (from the merged translations): Lexical keeps the field's label as first resolved,
      // so a label function showed « Contenu » in the English admin too.
      label: tr('postForm:commonText'),
      admin: { description: label('postForm:commonTextDescription') },
    },
    {
      // « Publié tel quel sur : Facebook, Bluesky » — the networks that publish the common text.
      name: 'publishedWhere',
      type: 'ui',
      admin: { disableListColumn: true, components: { Field: 'balises/client#PublishedWhere' } },
    },
    {
      name: 'channels',
      type: 'array',
      label: label('posts:channels'),
      labels: { singular: label('labels:channel'), plural: label('labels:channelsPlural') },
      admin: { components: { RowLabel: 'balises/client#ChannelRowLabel' } },
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
          label: label('postForm:channelText'),
          // Optional: when empty the network publishes the common text (`body`). Payload's textarea with,
          // under it, which text is published and its character count as the platform counts (CHAN-1).
          admin: { description: label('postForm:channelTextDescription'), components: { Field: 'balises/client#ChannelTextField' } },
        },
      ],
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
      // Where the published post went, network by network (the deliveries collection; nothing stored here).
      name: 'deliveriesPanel',
      type: 'ui',
      admin: { position: 'sidebar', disableListColumn: true, components: { Field: 'balises/client#DeliveriesPanel' } },
    },
    {
      // What each network will show, as the person types (no column, nothing stored, no network call).
      name: 'previewPanel',
      type: 'ui',
      admin: { position: 'sidebar', disableListColumn: true, components: { Field: 'balises/client#PostPreview' } },
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
      // When the post went out, distinct from the planned `publishAt`: written by the posts' hook at the
      // move to `published` (hooks/engine/publishedAt.ts), whatever the path; a value sent is dropped.
      name: 'publishedAt',
      type: 'date',
      label: label('posts:publishedAt'),
      index: true,
      access: { create: neverField, update: neverField },
      admin: {
        position: 'sidebar',
        readOnly: true,
        // Shown once the post has gone out.
        condition: (data: Record<string, unknown>) => Boolean(data?.publishedAt),
        description: label('posts:publishedAtDescription'),
        date: DAY_AND_TIME,
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
      labels: { singular: label('labels:finding'), plural: label('labels:findings') },
      access: systemOnly,
      hooks: { afterRead: [withholdStoredFindings] },
      admin: { readOnly: true, initCollapsed: true, components: { RowLabel: 'balises/client#ComplianceRowLabel' } },
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
      labels: { singular: label('labels:override'), plural: label('labels:overrides') },
      access: { create: isResponsableField, update: isResponsableField, read: hasBalisesRoleField },
      admin: {
        description: label('posts:overridesDescription'),
        initCollapsed: true,
        components: { RowLabel: 'balises/client#OverrideRowLabel' },
      },
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
      labels: { singular: label('labels:historyEntry'), plural: label('labels:historyEntries') },
      access: systemOnly,
      admin: { readOnly: true, initCollapsed: true, components: { RowLabel: 'balises/client#HistoryRowLabel' } },
      fields: [
        // Stored as the stage's code; shown by its label. A delivery event (src/deliveries/postHistory.ts) has no stages.
        {
          name: 'from',
          type: 'text',
          label: label('posts:historyFrom'),
          admin: { condition: isStageRow, components: { Field: 'balises/client#StageTextField' } },
        },
        {
          name: 'to',
          type: 'text',
          label: label('posts:historyTo'),
          admin: { condition: isStageRow, components: { Field: 'balises/client#StageTextField' } },
        },
        {
          name: 'event',
          type: 'select',
          label: label('posts:historyEvent'),
          options: DELIVERY_HISTORY_EVENTS.map((event) => ({ label: label(`posts:historyEventOption_${event}`), value: event })),
          admin: { condition: isEventRow },
        },
        {
          name: 'network',
          type: 'select',
          label: label('posts:historyNetwork'),
          options: CHANNEL_OPTIONS,
          admin: { condition: isEventRow },
        },
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
