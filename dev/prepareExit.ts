/** Exit code of dev/prepare.ts when it ends without having finished (see prepareDatabase in launch.ts). */
export const PREPARE_UNFINISHED = 75

/** Exit code of dev/jobsWorker.ts when it ends without being stopped (see runWorker in launch.ts). */
export const WORKER_UNFINISHED = 76
