"""`python -m bot` is the same command line as `salesbot`."""

from bot.cli import main

if __name__ == "__main__":
    main()
