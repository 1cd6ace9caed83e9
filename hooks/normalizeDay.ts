import type { FieldHook } from 'payload'

import { toDayInstant } from '../src/time/storedDay'

/**
 * A day-only field stored as that day at noon UTC, whatever zone the browser or the CSV file meant:
 * one snapshot per channel and day, and the same day everywhere in Canada.
 */
export const normalizeDay: FieldHook = ({ value }) => (typeof value === 'string' && value ? (toDayInstant(value) ?? value) : value)
