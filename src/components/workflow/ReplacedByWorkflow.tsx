'use client'

/**
 * Stands in for Payload's « Statut : Brouillon / Publié » and its « Dépublier » in a post's header:
 * the workflow stage (the Étape badge) is a post's only status, and it changes through the
 * workflow's actions only.
 */
export function ReplacedByWorkflow() {
  return null
}
