"""Wiring devices and background workers (printers, scanners, sync) to the store; used by app.py."""
