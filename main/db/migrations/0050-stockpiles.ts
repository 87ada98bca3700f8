import type { Migration } from './types';

/**
 * Stockpiled and retained AP mines, destruction outside hazardous areas, national measures.
 * No balance is stored: what remains of a lot or of retained mines is derived from destruction
 * events and movements. Deleted rows keep `deleted_at` (a user can regret a deletion); partial
 * indexes cover only the rows that are not deleted, which is what every list reads.
 */
export const stockpiles: Migration = {
  version: 50,
  name: 'stockpiles',
  up(db) {
    db.exec(`
      CREATE TABLE stockpile_lots (
        id TEXT PRIMARY KEY,
        mine_type TEXT NOT NULL,
        category TEXT NOT NULL CHECK (category IN ('AP_MINE', 'AP_MINE_IMPROVISED')),
        lot_number TEXT NOT NULL DEFAULT '',
        quantity INTEGER NOT NULL CHECK (quantity > 0),
        declared_on TEXT NOT NULL,
        holder TEXT NOT NULL,
        previously_unknown INTEGER NOT NULL CHECK (previously_unknown IN (0, 1)),
        found_on TEXT,
        source TEXT NOT NULL,
        notes TEXT NOT NULL DEFAULT '',
        search_text TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT,
        CHECK ((previously_unknown = 1) = (found_on IS NOT NULL))
      ) STRICT;
      CREATE INDEX stockpile_lots_declared ON stockpile_lots (declared_on) WHERE deleted_at IS NULL;

      CREATE TABLE destruction_events (
        id TEXT PRIMARY KEY,
        destroyed_on TEXT NOT NULL,
        region_id TEXT NOT NULL REFERENCES admin_units (id),
        lower_unit_id TEXT REFERENCES admin_units (id),
        locality TEXT NOT NULL DEFAULT '',
        declared_category TEXT NOT NULL,
        activation TEXT NOT NULL CHECK (activation IN ('person', 'vehicle', 'command', 'unknown')),
        category TEXT NOT NULL,
        reclassified_because TEXT,
        quantity INTEGER NOT NULL CHECK (quantity > 0),
        context TEXT NOT NULL
          CHECK (context IN ('eodSpotTask', 'stockpile', 'unknownStockpile', 'retainedTransferred', 'other')),
        stockpile_lot_id TEXT REFERENCES stockpile_lots (id),
        operator TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL,
        notes TEXT NOT NULL DEFAULT '',
        search_text TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT,
        CHECK ((context IN ('stockpile', 'unknownStockpile')) = (stockpile_lot_id IS NOT NULL))
      ) STRICT;
      -- The list is read newest first, optionally within one region, category or context.
      CREATE INDEX destruction_events_date ON destruction_events (destroyed_on) WHERE deleted_at IS NULL;
      CREATE INDEX destruction_events_region ON destruction_events (region_id, destroyed_on)
        WHERE deleted_at IS NULL;
      CREATE INDEX destruction_events_category ON destruction_events (category, destroyed_on)
        WHERE deleted_at IS NULL;
      CREATE INDEX destruction_events_context ON destruction_events (context, destroyed_on)
        WHERE deleted_at IS NULL;
      CREATE INDEX destruction_events_lot ON destruction_events (stockpile_lot_id, deleted_at);
      CREATE INDEX destruction_events_lower_unit ON destruction_events (lower_unit_id);

      CREATE TABLE retained_items (
        id TEXT PRIMARY KEY,
        institution TEXT NOT NULL,
        mine_type TEXT NOT NULL,
        category TEXT NOT NULL CHECK (category IN ('AP_MINE', 'AP_MINE_IMPROVISED')),
        lot_number TEXT NOT NULL DEFAULT '',
        intended_purpose TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL,
        notes TEXT NOT NULL DEFAULT '',
        search_text TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;

      CREATE TABLE retained_movements (
        id TEXT PRIMARY KEY,
        item_id TEXT NOT NULL REFERENCES retained_items (id),
        kind TEXT NOT NULL CHECK (kind IN ('retained', 'received', 'consumed', 'transferredOut')),
        occurred_on TEXT NOT NULL,
        quantity INTEGER NOT NULL CHECK (quantity > 0),
        purpose TEXT CHECK (purpose IN ('detectionTraining', 'clearanceTraining', 'destructionTraining',
          'equipmentDevelopment', 'other')),
        destination TEXT CHECK (destination IN ('destruction', 'institution')),
        counterpart TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT,
        CHECK ((kind = 'consumed') = (purpose IS NOT NULL)),
        CHECK ((kind = 'transferredOut') = (destination IS NOT NULL))
      ) STRICT;
      CREATE INDEX retained_movements_item ON retained_movements (item_id, occurred_on) WHERE deleted_at IS NULL;

      CREATE TABLE national_measures (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('legislative', 'administrative', 'penal', 'other')),
        title_fr TEXT NOT NULL,
        title_en TEXT NOT NULL DEFAULT '',
        summary_fr TEXT NOT NULL DEFAULT '',
        summary_en TEXT NOT NULL DEFAULT '',
        reference TEXT NOT NULL DEFAULT '',
        adopted_on TEXT,
        status TEXT NOT NULL CHECK (status IN ('inForce', 'inPreparation')),
        supplementary_info TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL,
        search_text TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT,
        CHECK ((status = 'inForce') = (adopted_on IS NOT NULL))
      ) STRICT;
    `);
  },
};
