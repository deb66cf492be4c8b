"""`python -m summariser` is the `summarise` command."""

from .entry import main

main()
