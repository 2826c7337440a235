"""Frozen entry point of the window app (PyInstaller needs a script, not module:function)."""
import sys

from fsw_desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
