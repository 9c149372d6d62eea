DROP TABLE IF EXISTS insurance_policies;
