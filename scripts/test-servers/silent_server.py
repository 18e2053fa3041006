#!/usr/bin/env python3
"""Accepts TCP connections on 127.0.0.1 and never answers: a server that hangs.

Prints the port on the first line of stdout, then runs until killed (at most 5 minutes).
"""
import socket
import time

listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
listener.bind(("127.0.0.1", 0))
listener.listen(16)
print(listener.getsockname()[1], flush=True)
held = []
deadline = time.time() + 300
listener.settimeout(1)
while time.time() < deadline:
    try:
        connection, _ = listener.accept()
        held.append(connection)
    except socket.timeout:
        pass
