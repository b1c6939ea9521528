import * as migration_20261128_141139_initial from './20261128_141139_initial';

export const migrations = [
  {
    up: migration_20261128_141139_initial.up,
    down: migration_20261128_141139_initial.down,
    name: '20261128_141139_initial'
  },
];
