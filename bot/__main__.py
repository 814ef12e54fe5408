"""`python -m bot` is the same as `cardbot`."""

import sys

from bot.cli import main

sys.exit(main())
