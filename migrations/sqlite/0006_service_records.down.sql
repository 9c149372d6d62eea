DROP TABLE IF EXISTS service_records;
