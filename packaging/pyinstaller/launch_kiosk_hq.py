"""Entry point of the bundled `kiosk-hq` command (the head-office server)."""

import sys

from sync.server.cli import main

if __name__ == "__main__":
    sys.exit(main())
