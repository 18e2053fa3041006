#!/usr/bin/env python3
"""A TCP proxy on 127.0.0.1 that sends the first connection to one server and every later
one to another, like a DNS name that resolves to each of a domain's controllers in turn.

Usage: routing_proxy.py FIRST_HOST:PORT REST_HOST:PORT
Prints its port on the first line of stdout and exits by itself after 5 minutes.
"""
import sys

from tcp_relay import serve

first, rest = (argument.rsplit(":", 1) for argument in sys.argv[1:3])

serve(lambda number: (*(first if number == 1 else rest), None))
