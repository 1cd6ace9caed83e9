/**
 * How the admin shows a date with its time: 24 h and the year always (Payload's default is
 * "Dec 2, 2026 1:49 AM"). The month name follows the person's language.
 */
export const DATE_TIME_FORMAT = 'd MMMM yyyy, HH:mm'

export const DAY_AND_TIME = { pickerAppearance: 'dayAndTime', displayFormat: DATE_TIME_FORMAT, timeFormat: 'HH:mm' } as const
