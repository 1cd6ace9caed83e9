/**
 * Balises' rewording of Payload's own French phrases that read badly (« Créer un(e) nouveau ou
 * nouvelle Publication », « Supprimé(e) avec succès »): neutral wording, correct for every collection
 * whatever its gender. Merged under the host's own overrides (src/index.ts `mergeTranslations`).
 * Array « Ajouter … » buttons read their array's `labels.singular` (« un réseau », « une dérogation »).
 */
export const payloadOverrides: Record<string, Record<string, Record<string, string>>> = {
  fr: {
    general: {
      aboutToDelete: 'Vous êtes sur le point de supprimer « <1>{{title}}</1> » ({{label}}). Confirmez-vous ?',
      created: 'Création',
      createdAt: 'Date de création',
      createNew: 'Créer',
      createNewLabel: 'Créer : {{label}}',
      creatingNewLabel: 'Création : {{label}}',
      deletedSuccessfully: 'Suppression effectuée.',
      descending: 'Décroissant',
      noLabel: '({{label}} : aucune valeur)',
      none: 'Aucune valeur',
      noResults: 'Aucun résultat ({{label}}) : soit la liste est encore vide, soit rien ne correspond aux filtres choisis ci-dessus.',
      successfullyCreated: '{{label}} : création réussie.',
      successfullyDuplicated: '{{label}} : copie réussie.',
      titleDeleted: '{{label}} « {{title}} » : suppression réussie.',
      untitled: 'Sans titre',
    },
    fields: {
      addNew: 'Ajouter',
      addNewLabel: 'Ajouter : {{label}}',
      chooseFromExisting: 'Choisir parmi les éléments existants',
      chooseLabel: 'Choisir : {{label}}',
      newLabel: 'Nouvel élément : {{label}}',
      uploadNewLabel: 'Téléverser : {{label}}',
    },
    version: {
      aboutToRestoreGlobal: 'Vous êtes sur le point de restaurer « {{label}} » dans son état du {{versionDate}}.',
      noRowsFound: 'Aucun résultat ({{label}})',
      restoredSuccessfully: 'Restauration effectuée.',
    },
  },
}
