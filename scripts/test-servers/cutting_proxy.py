#!/usr/bin/env python3
"""A TCP proxy on 127.0.0.1 that drops the connection mid-stream, like a DC going away.

Usage: cutting_proxy.py HOST:PORT CUT_AFTER_BYTES [ONLY]
Forwards each accepted connection to HOST:PORT and closes both sides once the server
has sent CUT_AFTER_BYTES bytes. With ONLY (1 for the first connection accepted, 2 for
the second, ...), only that connection is cut and the others are forwarded whole: one
part of a partitioned read lost while the others go on. Prints its port on the first line of stdout and exits by
itself after 5 minutes.
"""
import selectors
import socket
import sys
import threading
import time

host, port = sys.argv[1].rsplit(":", 1)
cut_after = int(sys.argv[2])
only = int(sys.argv[3]) if len(sys.argv) > 3 else None

listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
listener.bind(("127.0.0.1", 0))
listener.listen(16)
print(listener.getsockname()[1], flush=True)


def relay(client, cut_after):
    server = socket.create_connection((host, int(port)), timeout=10)
    selector = selectors.DefaultSelector()
    selector.register(client, selectors.EVENT_READ, server)
    selector.register(server, selectors.EVENT_READ, client)
    sent = 0
    try:
        while True:
            for key, _ in selector.select(timeout=30):
                data = key.fileobj.recv(65536)
                if not data:
                    return
                if key.fileobj is server:
                    if sent + len(data) > cut_after:
                        client.sendall(data[: max(cut_after - sent, 0)])
                        return
                    sent += len(data)
                key.data.sendall(data)
    finally:
        for sock in (client, server):
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            sock.close()


listener.settimeout(1)
deadline = time.time() + 300
accepted = 0
while time.time() < deadline:
    try:
        connection, _ = listener.accept()
    except socket.timeout:
        continue
    accepted += 1
    limit = cut_after if only is None or accepted == only else float("inf")
    threading.Thread(target=relay, args=(connection, limit), daemon=True).start()
