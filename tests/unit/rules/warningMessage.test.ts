import { describe, expect, it } from 'vitest'

import { evaluate } from '../../../hooks/engine/evaluate'
import { fieldError } from '../../../hooks/engine/findingRows'
import { forbid1Rule } from '../../../hooks/rules/forbid1'
import { makeContext, makePost } from './factories'

const count = (text: string, part: string) => text.split(part).length - 1

describe('an unresolved warning refused at approval says its rule and its advice once', () => {
  const post = makePost({ channels: [{ channel: 'facebook', text: 'Joyeux anniversaire à notre coordonnatrice Julie !' }] })
  const [finding] = evaluate(post, makeContext(), { target: 'approved', overriddenRules: [], rules: [forbid1Rule] })

  it('in French', () => {
    const { message } = fieldError(finding, 'fr')
    expect(message.startsWith('FORBID-1 (avertissement) : « ')).toBe(true)
    expect(count(message, 'FORBID-1')).toBe(1)
    expect(count(message, 'passer outre')).toBe(1)
  })

  it('in English', () => {
    const { message } = fieldError(finding, 'en')
    expect(message.startsWith('FORBID-1 (warning): ')).toBe(true)
    expect(count(message, 'FORBID-1')).toBe(1)
    expect(count(message, 'override')).toBe(1)
  })
})
