"""The ``factcheck`` command: one module per subcommand, each adding its parser and its run function here.

Every subcommand reports bad input (a missing file, an unreadable reference, an unknown kind) on standard error
with exit status 2, and never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from factcheck.cli import compare, conflicts, extract, review

Command = Callable[[argparse.Namespace], int]
_SUBCOMMANDS = (extract, compare, conflicts, review)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="factcheck", description="Checkable claims from news text.")
    sub = parser.add_subparsers(dest="command", required=True)
    for module in _SUBCOMMANDS:
        module.add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    run: Command = args.run
    try:
        return run(args)
    except KeyboardInterrupt:
        print("factcheck: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
