"""Pure selling rules: money, tax, carts, barcodes, permissions. No Qt, no I/O."""
