"""Use cases as transactions: selling, checkout, staff, catalog. They run on the database worker."""
