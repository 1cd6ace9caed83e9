export const DELIVER_TASK_SLUG = 'balisesDeliver'
export const TAKEDOWN_TASK_SLUG = 'balisesTakeDown'
