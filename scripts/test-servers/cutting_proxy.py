#!/usr/bin/env python3
"""A TCP proxy on 127.0.0.1 that drops the connection mid-stream, like a DC going away.

Usage: cutting_proxy.py HOST:PORT CUT_AFTER_BYTES [ONLY] [--reset]
Forwards each accepted connection to HOST:PORT and closes both sides once the server
has sent CUT_AFTER_BYTES bytes; with --reset, the client's side is ended with a TCP reset.
With ONLY (1 for the first connection accepted, 2 for the second, ...), only that
connection is cut and the others are forwarded whole: one part of a partitioned read lost
while the others go on. Prints its port on the first line of stdout and exits by itself
after 5 minutes, or once the process that started it is gone.
"""
import sys

from tcp_relay import serve

reset = "--reset" in sys.argv
arguments = [argument for argument in sys.argv[1:] if argument != "--reset"]
host, port = arguments[0].rsplit(":", 1)
cut_after = int(arguments[1])
only = int(arguments[2]) if len(arguments) > 2 else None

serve(lambda number: (host, port, cut_after if only is None or number == only else None, reset))
