import { describe, expect, it } from 'vitest'

import { DEFAULT_ORGANISATION_PHONE } from '../../src/policy/defaults'
import { redirectionReply } from '../../src/policy/redirectionReply'

describe('FORBID-2: the redirection reply to a help request', () => {
  it('fills in the organisation’s phone, in French and in English', () => {
    const settings = {
      organisationPhone: '418 555-0199',
      messageFr: 'Appelez-nous au {{phone}}, ou le 811, ou le 911.',
      messageEn: 'Call us at {{ phone }}, 811 or 911.',
    }
    expect(redirectionReply(settings, 'fr')).toBe('Appelez-nous au 418 555-0199, ou le 811, ou le 911.')
    expect(redirectionReply(settings, 'en')).toBe('Call us at 418 555-0199, 811 or 911.')
  })

  it('falls back to the default message and phone when the settings are empty', () => {
    const reply = redirectionReply(null, 'fr')
    expect(reply).toContain(DEFAULT_ORGANISATION_PHONE)
    expect(reply).toMatch(/811/)
    expect(reply).toMatch(/911/)
    expect(reply).not.toContain('{{phone}}')
  })

  it('puts back the phone, 811 and 911 when an edited message lost them', () => {
    const reply = redirectionReply({ organisationPhone: '819 555-0100', messageFr: 'Merci de votre message.' }, 'fr')
    expect(reply).toBe('Merci de votre message. Appelez-nous au 819 555-0100. Info-Social : 811. Urgence : 911.')
  })
})
