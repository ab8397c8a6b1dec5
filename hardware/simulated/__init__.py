"""Devices for the demo and for tests: a printer that prints to PNG files, a scanner you feed."""
