import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { withDateFields } from '../../../collections/dateDisplay'
import { balisesKeyOf, label } from '../../../src/translations'

type DateAdmin = { custom?: { labelKey?: string; descriptionKey?: string } }

describe('date fields carry the keys of their texts, for the field to translate them in the reader’s language', () => {
  it('reads the key of a label() function and of nothing else', () => {
    expect(balisesKeyOf(label('people:birthDate'))).toBe('people:birthDate')
    expect(balisesKeyOf('Date de naissance')).toBeUndefined()
    expect(balisesKeyOf(() => 'x')).toBeUndefined()
  })

  it('sets labelKey and descriptionKey on date fields at any depth, keeps other custom settings', () => {
    const fields: Field[] = [
      {
        name: 'birthDate',
        type: 'date',
        label: label('people:birthDate'),
        admin: { description: label('people:birthDateDescription'), custom: { keep: 1 } },
      },
      { name: 'group', type: 'group', fields: [{ name: 'at', type: 'date', label: label('posts:historyAt') }] },
      { name: 'plain', type: 'date', label: 'Plain' },
      { name: 'title', type: 'text', label: label('posts:title') },
    ]
    const [birthDate, group, plain, title] = withDateFields(fields) as Array<Field & { admin?: DateAdmin; fields?: Field[] }>
    expect(birthDate.admin?.custom).toEqual({ keep: 1, labelKey: 'people:birthDate', descriptionKey: 'people:birthDateDescription' })
    expect((group.fields![0] as { admin?: DateAdmin }).admin?.custom).toEqual({ labelKey: 'posts:historyAt' })
    expect(plain.admin?.custom).toEqual({})
    expect(title.admin?.custom).toBeUndefined()
  })
})
