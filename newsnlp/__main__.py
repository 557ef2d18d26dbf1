"""``python -m newsnlp`` runs the command line."""

import sys

from newsnlp.cli import main

sys.exit(main())
