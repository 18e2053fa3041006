#!/usr/bin/env python3
"""A TCP proxy on 127.0.0.1 that drops the connection mid-stream, like a DC going away.

Usage: cutting_proxy.py HOST:PORT CUT_AFTER_BYTES [ONLY]
Forwards each accepted connection to HOST:PORT and closes both sides once the server
has sent CUT_AFTER_BYTES bytes. With ONLY (1 for the first connection accepted, 2 for
the second, ...), only that connection is cut and the others are forwarded whole: one
part of a partitioned read lost while the others go on. Prints its port on the first
line of stdout and exits by itself after 5 minutes.
"""
import sys

from tcp_relay import serve

host, port = sys.argv[1].rsplit(":", 1)
cut_after = int(sys.argv[2])
only = int(sys.argv[3]) if len(sys.argv) > 3 else None

serve(lambda number: (host, port, cut_after if only is None or number == only else None))
