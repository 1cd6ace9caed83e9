/** Exit code of src/prepare.ts when it ends without having finished (see prepareDatabase in launch.ts). */
export const PREPARE_UNFINISHED = 75
