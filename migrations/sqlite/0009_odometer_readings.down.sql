DROP TABLE IF EXISTS odometer_readings;
