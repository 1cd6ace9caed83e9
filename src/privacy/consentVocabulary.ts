/** The values people and consents take, shared by the collections and the one-form endpoint. */
export const PERSON_KINDS = ['child', 'parent', 'staff', 'volunteer', 'other'] as const
export const AGE_BAND_VALUES = ['under14', '14to17', 'adult'] as const
export const CONSENT_RELATIONSHIPS = ['self', 'parent', 'tutor'] as const
