import type { CollectionConfig } from 'payload'

import { canDeletePosts } from '../src/access/canDeletePosts'
import { isStaff } from '../src/access/isStaff'
import { readPublishedPosts } from '../src/access/readPublishedPosts'
import { CHANNELS } from '../src/channels'
import { tr } from '../src/translations'
import { WORKFLOW_STATUSES } from '../src/workflow'
import { CATEGORIES_SLUG } from './Categories'

export const POSTS_SLUG = 'posts'

export const postsCollection = (options: { usersSlug: string }): CollectionConfig => ({
  slug: POSTS_SLUG,
  labels: { singular: tr('posts:singular'), plural: tr('posts:plural') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'category', 'workflowStatus', 'publishAt', 'author'],
    group: tr('general:navGroupContent'),
  },
  versions: { drafts: { autosave: { interval: 2000 } }, maxPerDoc: 50 },
  access: {
    read: readPublishedPosts,
    create: isStaff,
    update: isStaff,
    delete: canDeletePosts,
  },
  fields: [
    { name: 'title', type: 'text', label: tr('posts:title'), required: true },
    {
      name: 'category',
      type: 'relationship',
      relationTo: CATEGORIES_SLUG,
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
          options: CHANNELS.map((channel) => ({ label: tr(`channels:${channel}`), value: channel })),
        },
        { name: 'text', type: 'textarea', label: tr('posts:text') },
      ],
    },
    { name: 'body', type: 'richText', label: tr('posts:body') },
    {
      name: 'publishAt',
      type: 'date',
      label: tr('posts:publishAt'),
      index: true,
      timezone: true,
      admin: {
        position: 'sidebar',
        description: tr('posts:publishAtDescription'),
        date: { pickerAppearance: 'dayAndTime' },
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
      admin: { position: 'sidebar' },
    },
    {
      name: 'author',
      type: 'relationship',
      relationTo: options.usersSlug as 'users',
      label: tr('posts:author'),
      admin: { position: 'sidebar' },
      defaultValue: ({ user }: { user?: { id: number | string } | null }) => user?.id,
    },
  ],
})
