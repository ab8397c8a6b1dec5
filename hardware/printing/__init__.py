"""Receipt printing: documents to ESC/POS bytes and to PNG, printer status, the print spooler."""
