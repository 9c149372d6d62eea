DROP TABLE IF EXISTS registrations;
