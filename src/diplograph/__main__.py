"""`python -m diplograph` runs the command-line interface."""

from diplograph.cli.main import main

main()
