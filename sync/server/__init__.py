"""The reference HQ: FastAPI + SQLModel, SQLite by default, PostgreSQL for many kiosks.

All coordination lives in the database (row locks, counters bumped under lock, leases), never in
process memory, so several HQ processes can serve behind one load balancer.
"""
