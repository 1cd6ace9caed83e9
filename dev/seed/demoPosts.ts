import type { Channel } from '../../src/channels'
import type { WorkflowStatus } from '../../src/workflow'

export type DemoPost = {
  /** Days from the seed's today in the policy's zone (negative: past). The window spans about six weeks each way. */
  daysFromToday: number
  hour: number
  category: string
  title: string
  channels: { channel: Channel; text: string }[]
  /** Stage once the date has passed / while it is still to come. */
  past: WorkflowStatus
  future: WorkflowStatus
  /** CAT-6: days between publication and the offer's closing date. */
  closesAfterDays?: number
  /** CAT-7 */
  source?: string
  /** CAT-8 */
  sourceOrganisation?: string
  /** CAT-10: cites the demo position. */
  citesPosition?: boolean
  /** PRIV-1: demo images attached (keys of DEMO_IMAGES). */
  images?: DemoImageKey[]
  /** FORBID-1: overridden by the responsible person with this justification. */
  override?: string
}

export type DemoImageKey = 'poster' | 'workshop' | 'volunteers'

/**
 * Realistic French posts of a small organisation, spread over the six weeks before and after the
 * day of the first start, so that on any day of the year there are published posts behind, one
 * today and planned ones ahead (reports, digest and calendar are never empty).
 */
export const DEMO_POSTS: DemoPost[] = [
  {
    daysFromToday: -38,
    hour: 10,
    category: 'CAT-2',
    title: 'Notre mission : prévenir la violence faite aux enfants',
    channels: [
      {
        channel: 'facebook',
        text: 'Chaque enfant a le droit de se sentir en sécurité, fort et libre. Depuis 30 ans, nos animatrices offrent des ateliers de prévention dans les écoles de la région.',
      },
      { channel: 'x', text: 'Chaque enfant a le droit de se sentir en sécurité, fort et libre. #prévention #enfance' },
    ],
    past: 'published',
    future: 'scheduled',
  },
  {
    daysFromToday: -33,
    hour: 12,
    category: 'CAT-3',
    title: "Semaine de l'action communautaire autonome",
    channels: [
      {
        channel: 'facebook',
        text: "Cette semaine, nous soulignons l'apport des organismes communautaires autonomes du Québec. Merci à nos partenaires !",
      },
    ],
    past: 'published',
    future: 'approved',
  },
  {
    daysFromToday: 10,
    hour: 9,
    category: 'CAT-7',
    title: "Lecture : l'estime de soi chez les 6-12 ans",
    source: 'https://www.inspq.qc.ca/',
    channels: [
      {
        channel: 'linkedin',
        text: "Notre équipe a lu avec intérêt ce rapport sur l'estime de soi chez les enfants d'âge scolaire. Trois pistes concrètes pour les parents.",
      },
      { channel: 'x', text: "Trois pistes concrètes pour soutenir l'estime de soi des 6-12 ans, tirées d'un rapport récent." },
    ],
    past: 'published',
    future: 'scheduled',
  },
  {
    daysFromToday: -20,
    hour: 11,
    category: 'CAT-5',
    title: 'Souper-bénéfice annuel : billets en vente',
    images: ['poster'],
    channels: [
      {
        channel: 'facebook',
        text: 'Notre souper-bénéfice annuel aura lieu le mois prochain. Les profits financent les ateliers dans les écoles. Billets en vente dès maintenant !',
      },
      { channel: 'instagram', text: 'Souper-bénéfice annuel : billets en vente ! Les profits financent nos ateliers de prévention.' },
    ],
    past: 'published',
    future: 'scheduled',
  },
  {
    daysFromToday: -13,
    hour: 14,
    category: 'CAT-6',
    title: 'Offre de stage en animation',
    closesAfterDays: 21,
    channels: [
      {
        channel: 'facebook',
        text: "Nous recevons une stagiaire ou un stagiaire en animation pour la session d'hiver. Date limite pour postuler : à la fin du mois.",
      },
    ],
    past: 'published',
    future: 'approved',
  },
  {
    daysFromToday: -6,
    hour: 10,
    category: 'CAT-8',
    title: 'Le ROEQ lance sa campagne provinciale',
    sourceOrganisation: 'Regroupement des organismes ESPACE du Québec (ROEQ)',
    channels: [
      {
        channel: 'facebook',
        text: 'Le Regroupement des organismes ESPACE du Québec lance aujourd’hui sa campagne provinciale de sensibilisation.',
      },
    ],
    past: 'published',
    future: 'scheduled',
  },
  {
    daysFromToday: 3,
    hour: 9,
    category: 'CAT-1',
    title: "Base d'unité : l'approche ESPACE",
    channels: [
      {
        channel: 'linkedin',
        text: "L'approche ESPACE mise sur la prévention primaire et la participation des adultes de l'entourage de l'enfant.",
      },
    ],
    past: 'published',
    future: 'in_review',
  },
  {
    daysFromToday: 8,
    hour: 13,
    category: 'CAT-9',
    title: 'Réaction : rapport sur la protection de la jeunesse',
    channels: [
      { channel: 'x', text: "Le rapport publié aujourd'hui confirme l'importance de la prévention dès le primaire. Notre analyse suivra." },
    ],
    past: 'published',
    future: 'draft',
  },
  {
    daysFromToday: 0,
    hour: 10,
    category: 'CAT-4',
    title: 'Journée nationale de l’enfant',
    channels: [
      {
        channel: 'facebook',
        text: "Aujourd'hui, Journée nationale de l'enfant : rappelons que chaque enfant a des droits, dont celui d'être protégé contre la violence.",
      },
      { channel: 'instagram', text: "Journée nationale de l'enfant : chaque enfant a le droit d'être protégé contre la violence." },
    ],
    past: 'published',
    future: 'scheduled',
  },
  {
    daysFromToday: -9,
    hour: 11,
    category: 'CAT-5',
    title: 'Formation pour les parents : inscriptions ouvertes',
    images: ['workshop'],
    channels: [
      {
        channel: 'facebook',
        text: 'Une soirée de formation gratuite pour les parents : comment parler de sécurité avec son enfant. Inscription par téléphone.',
      },
    ],
    past: 'published',
    future: 'approved',
  },
  {
    daysFromToday: -4,
    hour: 15,
    category: 'CAT-2',
    title: 'Merci à nos bénévoles',
    images: ['volunteers'],
    channels: [
      {
        channel: 'facebook',
        text: 'Merci aux bénévoles qui ont rendu possibles les ateliers de cet automne. Votre engagement fait toute la différence !',
      },
    ],
    past: 'published',
    future: 'in_review',
  },
  {
    daysFromToday: 15,
    hour: 10,
    category: 'CAT-7',
    title: 'Outil : parler des émotions avec les tout-petits',
    source: 'Formation « Les émotions au préscolaire », ESPACE, octobre 2026',
    channels: [
      {
        channel: 'instagram',
        text: 'Un outil simple pour nommer les émotions avec les tout-petits, partagé lors de notre dernière formation.',
      },
    ],
    past: 'published',
    future: 'approved',
  },
  {
    daysFromToday: -16,
    hour: 10,
    category: 'CAT-10',
    title: "Position de la Collective : l'éducation à la sexualité dès le primaire",
    channels: [
      {
        channel: 'facebook',
        text: "La Collective a adopté sa position : une éducation à la sexualité adaptée à l'âge, dès le primaire, protège les enfants.",
      },
      { channel: 'x', text: "Notre position : une éducation à la sexualité adaptée à l'âge, dès le primaire, protège les enfants." },
    ],
    past: 'published',
    future: 'approved',
    citesPosition: true,
  },
  {
    daysFromToday: 12,
    hour: 9,
    category: 'CAT-2',
    title: 'Bonne fête à Julie, notre coordonnatrice',
    channels: [{ channel: 'facebook', text: 'Bonne fête à Julie, notre coordonnatrice, qui souligne aussi ses 20 ans parmi nous !' }],
    past: 'draft',
    future: 'draft',
  },
  {
    daysFromToday: 19,
    hour: 9,
    category: 'CAT-2',
    title: '20 ans de Julie parmi nous',
    channels: [{ channel: 'facebook', text: 'Joyeux anniversaire de service à Julie : 20 ans à prévenir la violence faite aux enfants !' }],
    past: 'in_review',
    future: 'in_review',
    override: "Julie a donné son accord écrit ; il s'agit d'un anniversaire de service, pas d'une information personnelle.",
  },
]

export type DemoTrayPost = Pick<DemoPost, 'category' | 'title' | 'channels' | 'source'> & { workflowStatus: WorkflowStatus }

/** Posts without a date yet, waiting in the calendar's tray to be planned. */
export const DEMO_TRAY_POSTS: DemoTrayPost[] = [
  {
    category: 'CAT-2',
    title: 'Capsule : le droit de dire non',
    channels: [
      { channel: 'facebook', text: "Apprendre aux enfants qu'ils ont le droit de dire non, c'est leur donner un outil pour se protéger." },
    ],
    workflowStatus: 'draft',
  },
  {
    category: 'CAT-7',
    title: 'Lecture : la prévention par les pairs',
    channels: [{ channel: 'linkedin', text: 'Une lecture utile sur la prévention par les pairs à l’école secondaire.' }],
    source: 'https://www.inspq.qc.ca/',
    workflowStatus: 'approved',
  },
]
