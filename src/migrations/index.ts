import * as migration_20261128_141139_initial from './20261128_141139_initial';
import * as migration_20261128_150000_search_index from './20261128_150000_search_index';
import * as migration_20261128_180000_search_narrow_rows from './20261128_180000_search_narrow_rows';
import * as migration_20261128_210000_search_published_rows from './20261128_210000_search_published_rows';
import * as migration_20261202_064002_two_factor_audit from './20261202_064002_two_factor_audit';
import * as migration_20261202_064003_audit_entries_append_only from './20261202_064003_audit_entries_append_only';
import * as migration_20261202_130000_multiproc_rate_limits from './20261202_130000_multiproc_rate_limits';
import * as migration_20261202_131510_volunteers_mentor_to_notes from './20261202_131510_volunteers_mentor_to_notes';
import * as migration_20261202_140425_features from './20261202_140425_features';
import * as migration_20261202_140426_signup_constraints from './20261202_140426_signup_constraints';
import * as migration_20261202_140427_volunteers_records_kept from './20261202_140427_volunteers_records_kept';
import * as migration_20261202_174013_search_pinyin from './20261202_174013_search_pinyin';
import * as migration_20261203_093453_signup_checked_out_at from './20261203_093453_signup_checked_out_at';
import * as migration_20261203_093902_media_storage_fields from './20261203_093902_media_storage_fields';
import * as migration_20261203_100000_signup_function from './20261203_100000_signup_function';
import * as migration_20261203_103113_schema_snapshot from './20261203_103113_schema_snapshot';

export const migrations = [
  {
    up: migration_20261128_141139_initial.up,
    down: migration_20261128_141139_initial.down,
    name: '20261128_141139_initial',
  },
  {
    up: migration_20261128_150000_search_index.up,
    down: migration_20261128_150000_search_index.down,
    name: '20261128_150000_search_index',
  },
  {
    up: migration_20261128_180000_search_narrow_rows.up,
    down: migration_20261128_180000_search_narrow_rows.down,
    name: '20261128_180000_search_narrow_rows',
  },
  {
    up: migration_20261128_210000_search_published_rows.up,
    down: migration_20261128_210000_search_published_rows.down,
    name: '20261128_210000_search_published_rows',
  },
  {
    up: migration_20261202_064002_two_factor_audit.up,
    down: migration_20261202_064002_two_factor_audit.down,
    name: '20261202_064002_two_factor_audit',
  },
  {
    up: migration_20261202_064003_audit_entries_append_only.up,
    down: migration_20261202_064003_audit_entries_append_only.down,
    name: '20261202_064003_audit_entries_append_only',
  },
  {
    up: migration_20261202_130000_multiproc_rate_limits.up,
    down: migration_20261202_130000_multiproc_rate_limits.down,
    name: '20261202_130000_multiproc_rate_limits',
  },
  {
    up: migration_20261202_131510_volunteers_mentor_to_notes.up,
    down: migration_20261202_131510_volunteers_mentor_to_notes.down,
    name: '20261202_131510_volunteers_mentor_to_notes',
  },
  {
    up: migration_20261202_140425_features.up,
    down: migration_20261202_140425_features.down,
    name: '20261202_140425_features',
  },
  {
    up: migration_20261202_140426_signup_constraints.up,
    down: migration_20261202_140426_signup_constraints.down,
    name: '20261202_140426_signup_constraints',
  },
  {
    up: migration_20261202_140427_volunteers_records_kept.up,
    down: migration_20261202_140427_volunteers_records_kept.down,
    name: '20261202_140427_volunteers_records_kept',
  },
  {
    up: migration_20261202_174013_search_pinyin.up,
    down: migration_20261202_174013_search_pinyin.down,
    name: '20261202_174013_search_pinyin',
  },
  {
    up: migration_20261203_093453_signup_checked_out_at.up,
    down: migration_20261203_093453_signup_checked_out_at.down,
    name: '20261203_093453_signup_checked_out_at',
  },
  {
    up: migration_20261203_093902_media_storage_fields.up,
    down: migration_20261203_093902_media_storage_fields.down,
    name: '20261203_093902_media_storage_fields',
  },
  {
    up: migration_20261203_100000_signup_function.up,
    down: migration_20261203_100000_signup_function.down,
    name: '20261203_100000_signup_function',
  },
  {
    up: migration_20261203_103113_schema_snapshot.up,
    down: migration_20261203_103113_schema_snapshot.down,
    name: '20261203_103113_schema_snapshot'
  },
];
