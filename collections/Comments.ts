import type { CollectionConfig } from 'payload'

import { notifyMentions } from '../hooks/comments/notifyMentions'
import { stampComment } from '../hooks/comments/stampComment'
import { canDeleteComments, canUpdateComments, isCommentAuthorField } from '../src/access/commentAccess'
import { hasBalisesRole } from '../src/access/hasBalisesRole'
import { neverField } from '../src/access/never'
import { label, tr } from '../src/translations'
import type { BalisesSlugs } from '../src/slugs'

const systemOnly = { create: neverField, update: neverField }

/**
 * Internal comments on a post (anchored to the post, not to a version): a comment is its own
 * document, so adding or resolving one never saves the post, never re-runs its rules and is never
 * refused by the lock after approval. Never public.
 */
export const commentsCollection = (options: { slugs: BalisesSlugs }): CollectionConfig => ({
  slug: options.slugs.comments,
  labels: { singular: label('notify:commentSingular'), plural: label('notify:commentPlural') },
  admin: {
    useAsTitle: 'body',
    defaultColumns: ['body', 'post', 'authorName', 'resolved', 'createdAt'],
    group: tr('general:navGroupContent'),
    // Read and written from the post's edit view.
    hidden: true,
  },
  access: { read: hasBalisesRole, create: hasBalisesRole, update: canUpdateComments, delete: canDeleteComments },
  hooks: { beforeChange: [stampComment], afterChange: [notifyMentions] },
  fields: [
    {
      name: 'post',
      type: 'relationship',
      relationTo: options.slugs.posts,
      label: label('notify:commentPost'),
      required: true,
      index: true,
      access: { update: neverField },
    },
    {
      name: 'body',
      type: 'textarea',
      label: label('notify:commentBody'),
      required: true,
      maxLength: 5000,
      access: { update: isCommentAuthorField },
    },
    {
      name: 'author',
      type: 'relationship',
      relationTo: options.slugs.users,
      label: label('notify:commentAuthor'),
      index: true,
      access: systemOnly,
    },
    { name: 'authorName', type: 'text', label: label('notify:commentAuthor'), access: systemOnly },
    {
      name: 'mentions',
      type: 'relationship',
      relationTo: options.slugs.users,
      hasMany: true,
      label: label('notify:commentMentions'),
      access: systemOnly,
    },
    { name: 'resolved', type: 'checkbox', label: label('notify:commentResolved'), defaultValue: false, access: { create: neverField } },
    {
      name: 'resolvedBy',
      type: 'relationship',
      relationTo: options.slugs.users,
      label: label('notify:commentResolvedBy'),
      access: systemOnly,
    },
    { name: 'resolvedAt', type: 'date', label: label('notify:commentResolvedAt'), access: systemOnly },
  ],
})
