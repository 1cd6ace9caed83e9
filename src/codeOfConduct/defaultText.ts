/**
 * The default code of conduct (FORBID-3), from the ROEQ's guide (« Qu'est-ce qui ne devrait pas
 * avoir lieu sur les médias sociaux ? ») and the rulebook. The organisation edits it in the policy
 * settings; each change of the text is a new version to accept.
 */
export const DEFAULT_CODE_OF_CONDUCT = {
  fr: [
    'En utilisant les médias sociaux au nom de l’organisme, je m’engage à :',
    '1. Ne pas devenir « ami » avec des enfants rencontrés lors des ateliers, ni les suivre ou les contacter sur les médias sociaux, ni leur écrire en privé.',
    '2. Ne jamais offrir d’accompagnement ou d’intervention par un média social : j’invite la personne qui demande de l’aide à téléphoner à l’organisme, au 811 (Info-Social) ou au 911 en cas d’urgence.',
    '3. Ne publier aucune information personnelle sur les personnes impliquées dans l’organisme (souhaits de fête, décès, congé de maladie, naissance…).',
    '4. Ne publier aucune photo d’une personne reconnaissable sans son consentement écrit en vigueur (celui d’un parent ou tuteur avant 14 ans).',
    '5. Respecter la politique de l’organisme : catégories de contenu, positions officielles adoptées par la Collective, approbation par la personne responsable avant toute publication.',
    '6. Garder confidentiels les renseignements personnels auxquels j’ai accès et signaler sans délai à la personne responsable tout contenu préjudiciable, diffamatoire ou toute demande d’aide reçue.',
  ].join('\n\n'),
  en: [
    'When I use social media on behalf of the organisation, I commit to:',
    '1. Not become "friends" with children met in workshops, nor follow, contact or message them privately on social media.',
    '2. Never offer support or intervention through social media: I invite anyone asking for help to call the organisation, 811 (Info-Social) or 911 in an emergency.',
    '3. Publish no personal information about people involved in the organisation (birthday wishes, deaths, sick leave, births…).',
    '4. Publish no photo of an identifiable person without their written consent in force (a parent’s or tutor’s under 14).',
    '5. Follow the organisation’s policy: content categories, official positions adopted by the Collective, approval by the responsible person before anything is published.',
    '6. Keep confidential the personal information I have access to, and report at once to the responsible person any harmful or defamatory content and any request for help received.',
  ].join('\n\n'),
}
