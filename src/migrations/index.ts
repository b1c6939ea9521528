import * as migration_20261128_141139_initial from './20261128_141139_initial';
import * as migration_20261128_150000_search_index from './20261128_150000_search_index';
import * as migration_20261128_180000_search_narrow_rows from './20261128_180000_search_narrow_rows';
import * as migration_20261128_210000_search_published_rows from './20261128_210000_search_published_rows';

export const migrations = [
  {
    up: migration_20261128_141139_initial.up,
    down: migration_20261128_141139_initial.down,
    name: '20261128_141139_initial'
  },
  {
    up: migration_20261128_150000_search_index.up,
    down: migration_20261128_150000_search_index.down,
    name: '20261128_150000_search_index'
  },
  {
    up: migration_20261128_180000_search_narrow_rows.up,
    down: migration_20261128_180000_search_narrow_rows.down,
    name: '20261128_180000_search_narrow_rows'
  },
  {
    up: migration_20261128_210000_search_published_rows.up,
    down: migration_20261128_210000_search_published_rows.down,
    name: '20261128_210000_search_published_rows'
  },
];
