"""``python -m communique``: the same as the ``communique`` command."""

from communique.cli import main

if __name__ == "__main__":
    main()
