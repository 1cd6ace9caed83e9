export const WORKFLOW_STATUSES = [
  'draft',
  'in_review',
  'approved',
  'scheduled',
  'published',
  'unscheduled',
  'archived',
] as const
export type WorkflowStatus = (typeof WORKFLOW_STATUSES)[number]
