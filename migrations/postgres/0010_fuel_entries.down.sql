DROP TABLE IF EXISTS fuel_entries;
