"""``python -m fsw_desktop.cli``: the same as the ``fsw`` command."""

import sys

from . import main

sys.exit(main())
