export const PRIVACY_TASK_KINDS = ['replan', 'takedown'] as const
export const PRIVACY_TASK_CAUSES = ['withdrawn', 'expired', 'changed'] as const
export type PrivacyTaskKind = (typeof PRIVACY_TASK_KINDS)[number]
export type PrivacyTaskCause = (typeof PRIVACY_TASK_CAUSES)[number]
