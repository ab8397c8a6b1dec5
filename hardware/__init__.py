"""Devices: receipt printers, cash drawers, barcode scanners. Nothing from kiosk/ or sync/."""
