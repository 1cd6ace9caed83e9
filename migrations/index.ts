import * as migration_20261125_203127_initial from './20261125_203127_initial';

export const migrations = [
  {
    up: migration_20261125_203127_initial.up,
    down: migration_20261125_203127_initial.down,
    name: '20261125_203127_initial'
  },
];
