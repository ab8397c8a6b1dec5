"""Offline-first sync between kiosks and HQ: both ends of one protocol."""
