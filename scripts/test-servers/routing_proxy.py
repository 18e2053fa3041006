#!/usr/bin/env python3
"""A TCP proxy on 127.0.0.1 that sends the first connection to one server and every later
one to another, like a DNS name that resolves to each of a domain's controllers in turn.

Usage: routing_proxy.py FIRST_HOST:PORT REST_HOST:PORT
Prints its port on the first line of stdout and exits by itself after 5 minutes.
"""
import selectors
import socket
import sys
import threading
import time

targets = [tuple(argument.rsplit(":", 1)) for argument in sys.argv[1:3]]

listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
listener.bind(("127.0.0.1", 0))
listener.listen(16)
print(listener.getsockname()[1], flush=True)


def forward(client, host, port):
    server = socket.create_connection((host, int(port)), timeout=10)
    selector = selectors.DefaultSelector()
    selector.register(client, selectors.EVENT_READ, server)
    selector.register(server, selectors.EVENT_READ, client)
    try:
        while True:
            for key, _ in selector.select(timeout=30):
                data = key.fileobj.recv(65536)
                if not data:
                    return
                key.data.sendall(data)
    except OSError:
        pass
    finally:
        for sock in (client, server):
            sock.close()


listener.settimeout(1)
deadline = time.time() + 300
accepted = 0
while time.time() < deadline:
    try:
        connection, _ = listener.accept()
    except socket.timeout:
        continue
    host, port = targets[0] if accepted == 0 else targets[1]
    accepted += 1
    threading.Thread(target=forward, args=(connection, host, port), daemon=True).start()
