/** The ten categories of the rulebook (CAT-1..CAT-10), created by the plugin on first start (src/policy/seedDefaults.ts). */
export const DEFAULT_CATEGORIES = [
  {
    code: 'CAT-1',
    labelFr: "Informations conformes à la base d'unité du ROEQ",
    labelEn: "Information consistent with the ROEQ's basis of unity",
    color: '#1d4ed8',
  },
  {
    code: 'CAT-2',
    labelFr: 'Informations en lien avec notre mission, nos valeurs',
    labelEn: 'Information about our mission and values',
    color: '#7c3aed',
  },
  {
    code: 'CAT-3',
    labelFr: 'Nouvelles du mouvement communautaire autonome',
    labelEn: 'News from the autonomous community movement',
    color: '#0f766e',
  },
  {
    code: 'CAT-4',
    labelFr: 'Journée nationale des enfants',
    labelEn: 'National Child Day',
    color: '#ea580c',
  },
  {
    code: 'CAT-5',
    labelFr: 'Événements (activités de financement, formations…)',
    labelEn: 'Events (fundraisers, training…)',
    color: '#db2777',
  },
  {
    code: 'CAT-6',
    labelFr: "Offres d'emploi, de stage ou de bénévolat",
    labelEn: 'Job, internship or volunteer offers',
    color: '#65a30d',
  },
  {
    code: 'CAT-7',
    labelFr: 'Partage de connaissances (formation, lecture pertinente)',
    labelEn: 'Knowledge sharing (training, relevant reading)',
    color: '#0891b2',
  },
  {
    code: 'CAT-8',
    labelFr: "Informations d'autres organismes ESPACE ou du ROEQ",
    labelEn: 'Information from other ESPACE organisations or the ROEQ',
    color: '#4f46e5',
  },
  {
    code: 'CAT-9',
    labelFr: "Réaction à l'actualité, en lien avec l'expertise d'ESPACE",
    labelEn: "Reaction to current events, within ESPACE's expertise",
    color: '#b45309',
  },
  {
    code: 'CAT-10',
    labelFr: "Positions officielles d'ESPACE adoptées par la Collective (et réactions liées)",
    labelEn: "ESPACE's official positions adopted by the Collective (and related reactions)",
    color: '#be123c',
  },
] as const
