"""Frozen entry point of the ``fsw`` command line, built into the same folder as the app."""
import sys

from fsw_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
