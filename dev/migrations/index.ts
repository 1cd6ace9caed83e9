import * as migration_20261125_203127_initial from './20261125_203127_initial';
import * as migration_20261125_205324_rules_engine from './20261125_205324_rules_engine';
import * as migration_20261125_212514_publication_jobs from './20261125_212514_publication_jobs';
import * as migration_20261125_212808_calendar_feed from './20261125_212808_calendar_feed';
import * as migration_20261125_220707_calendar_month_index from './20261125_220707_calendar_month_index';
import * as migration_20261125_225128_consent_lifecycle from './20261125_225128_consent_lifecycle';
import * as migration_20261125_234047_reports_and_moderation from './20261125_234047_reports_and_moderation';
import * as migration_20261201_230252_autoincrement_ids from './20261201_230252_autoincrement_ids';
import * as migration_20261202_024723_daily_path from './20261202_024723_daily_path';
import * as migration_20261202_140000_labels_data from './20261202_140000_labels_data';
import * as migration_20261202_141636_issue12_forms_and_words from './20261202_141636_issue12_forms_and_words';
import * as migration_20261202_141637_dates_data from './20261202_141637_dates_data';
import * as migration_20261202_141638_policy_data from './20261202_141638_policy_data';
import * as migration_20261202_141639_consent_data from './20261202_141639_consent_data';
import * as migration_20261203_175418_issue13_published_at from './20261203_175418_issue13_published_at';
import * as migration_20261203_175419_published_at_data from './20261203_175419_published_at_data';
import * as migration_20261203_181000_forbid1_default_lists from './20261203_181000_forbid1_default_lists';
import * as migration_20261204_012904_issue15_deliveries from './20261204_012904_issue15_deliveries';
import * as migration_20261204_182530_issue15_history_events from './20261204_182530_issue15_history_events';

export const migrations = [
  {
    up: migration_20261125_203127_initial.up,
    down: migration_20261125_203127_initial.down,
    name: '20261125_203127_initial',
  },
  {
    up: migration_20261125_205324_rules_engine.up,
    down: migration_20261125_205324_rules_engine.down,
    name: '20261125_205324_rules_engine',
  },
  {
    up: migration_20261125_212514_publication_jobs.up,
    down: migration_20261125_212514_publication_jobs.down,
    name: '20261125_212514_publication_jobs',
  },
  {
    up: migration_20261125_212808_calendar_feed.up,
    down: migration_20261125_212808_calendar_feed.down,
    name: '20261125_212808_calendar_feed',
  },
  {
    up: migration_20261125_220707_calendar_month_index.up,
    down: migration_20261125_220707_calendar_month_index.down,
    name: '20261125_220707_calendar_month_index',
  },
  {
    up: migration_20261125_225128_consent_lifecycle.up,
    down: migration_20261125_225128_consent_lifecycle.down,
    name: '20261125_225128_consent_lifecycle',
  },
  {
    up: migration_20261125_234047_reports_and_moderation.up,
    down: migration_20261125_234047_reports_and_moderation.down,
    name: '20261125_234047_reports_and_moderation',
  },
  {
    up: migration_20261201_230252_autoincrement_ids.up,
    down: migration_20261201_230252_autoincrement_ids.down,
    name: '20261201_230252_autoincrement_ids',
  },
  {
    up: migration_20261202_024723_daily_path.up,
    down: migration_20261202_024723_daily_path.down,
    name: '20261202_024723_daily_path',
  },
  {
    up: migration_20261202_140000_labels_data.up,
    down: migration_20261202_140000_labels_data.down,
    name: '20261202_140000_labels_data',
  },
  {
    up: migration_20261202_141636_issue12_forms_and_words.up,
    down: migration_20261202_141636_issue12_forms_and_words.down,
    name: '20261202_141636_issue12_forms_and_words',
  },
  {
    up: migration_20261202_141637_dates_data.up,
    down: migration_20261202_141637_dates_data.down,
    name: '20261202_141637_dates_data',
  },
  {
    up: migration_20261202_141638_policy_data.up,
    down: migration_20261202_141638_policy_data.down,
    name: '20261202_141638_policy_data',
  },
  {
    up: migration_20261202_141639_consent_data.up,
    down: migration_20261202_141639_consent_data.down,
    name: '20261202_141639_consent_data',
  },
  {
    up: migration_20261203_175418_issue13_published_at.up,
    down: migration_20261203_175418_issue13_published_at.down,
    name: '20261203_175418_issue13_published_at',
  },
  {
    up: migration_20261203_175419_published_at_data.up,
    down: migration_20261203_175419_published_at_data.down,
    name: '20261203_175419_published_at_data',
  },
  {
    up: migration_20261203_181000_forbid1_default_lists.up,
    down: migration_20261203_181000_forbid1_default_lists.down,
    name: '20261203_181000_forbid1_default_lists',
  },
  {
    up: migration_20261204_012904_issue15_deliveries.up,
    down: migration_20261204_012904_issue15_deliveries.down,
    name: '20261204_012904_issue15_deliveries',
  },
  {
    up: migration_20261204_182530_issue15_history_events.up,
    down: migration_20261204_182530_issue15_history_events.down,
    name: '20261204_182530_issue15_history_events'
  },
];
