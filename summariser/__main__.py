"""`python -m summariser` is the `summarise` command."""

from .cli import main

main()
