"""Barcode scanners: keyboard wedge, serial, HID POS."""
