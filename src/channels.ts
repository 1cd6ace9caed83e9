export const CHANNELS = ['facebook', 'instagram', 'x', 'linkedin', 'bluesky', 'mastodon'] as const
export type Channel = (typeof CHANNELS)[number]

/** Character limits per channel, as each platform documents them (CHAN-1 defaults). */
export const DEFAULT_CHANNEL_LIMITS: Record<Channel, number> = {
  facebook: 63206,
  instagram: 2200,
  x: 280,
  linkedin: 3000,
  bluesky: 300,
  mastodon: 500,
}

/** The platforms' own names, the same in French and English. */
export const CHANNEL_NAMES: Record<Channel, string> = {
  facebook: 'Facebook',
  instagram: 'Instagram',
  x: 'X',
  linkedin: 'LinkedIn',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
}
