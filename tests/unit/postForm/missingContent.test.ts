import { describe, expect, it } from 'vitest'

import { missingContent } from '../../../hooks/engine/missingContent'
import { makePost } from '../rules/factories'

describe('missing content: a network without its own text publishes the common text', () => {
  it('does not call a network empty when the common text fills it', () => {
    const post = makePost({ bodyText: 'Atelier gratuit samedi.', channels: [{ channel: 'facebook', text: '' }] })
    expect(missingContent(post).map((missing) => missing.path)).not.toContain('channels.0.text')
  })

  it('calls it empty when neither its own text nor the common text says anything', () => {
    const post = makePost({ bodyText: '  ', channels: [{ channel: 'facebook', text: '' }] })
    expect(missingContent(post).map((missing) => missing.path)).toContain('channels.0.text')
  })
})
