import * as migration_20261128_134348_initial from './20261128_134348_initial';

export const migrations = [
  {
    up: migration_20261128_134348_initial.up,
    down: migration_20261128_134348_initial.down,
    name: '20261128_134348_initial'
  },
];
