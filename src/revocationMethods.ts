/** How a consent withdrawal request came (PRIV-3), with the key of its label in `withdrawal:`. */
export const REVOCATION_METHODS = ['email', 'phone', 'inPerson', 'letter', 'other'] as const
export type RevocationMethod = (typeof REVOCATION_METHODS)[number]

export const REVOCATION_METHOD_LABELS = {
  email: 'withdrawal:methodEmail',
  phone: 'withdrawal:methodPhone',
  inPerson: 'withdrawal:methodInPerson',
  letter: 'withdrawal:methodLetter',
  other: 'withdrawal:methodOther',
} as const satisfies Record<RevocationMethod, string>
