"""The relay both test proxies share: listen on 127.0.0.1, forward each accepted
connection to the server a rule picks for it, and cut it after so many bytes if asked.

`serve(route)` prints its port on the first line of stdout and returns after 5 minutes, or
as soon as the process that started it is gone (a test run that crashed must not wait on
its proxies' open standard output);
`route(n)` gets the connection's number (1 for the first accepted) and returns
`(host, port, cut_after)` or `(host, port, cut_after, reset)`: `cut_after` None to forward
the connection whole; `reset` True to end a cut connection with a TCP reset (RST), as a
firewall or a rebooted host does, instead of an orderly close (FIN).
"""
import os
import selectors
import socket
import struct
import threading
import time


def relay(client, host, port, cut_after, reset=False):
    server = socket.create_connection((host, int(port)), timeout=10)
    selector = selectors.DefaultSelector()
    selector.register(client, selectors.EVENT_READ, server)
    selector.register(server, selectors.EVENT_READ, client)
    sent = 0
    cut = False
    try:
        while True:
            for key, _ in selector.select(timeout=30):
                data = key.fileobj.recv(65536)
                if not data:
                    return
                if key.fileobj is server and cut_after is not None:
                    if sent + len(data) > cut_after:
                        client.sendall(data[: max(cut_after - sent, 0)])
                        cut = True
                        return
                    sent += len(data)
                key.data.sendall(data)
    except OSError:
        pass
    finally:
        if cut and reset:
            # Linger on, for zero seconds: close() sends RST and drops what is unsent. It
            # goes before the orderly shutdown below, which would send FIN first (and then
            # finds the client closed already: its OSError is expected).
            client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            client.close()
        for sock in (client, server):
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            sock.close()


def serve(route):
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    print(listener.getsockname()[1], flush=True)
    listener.settimeout(1)
    deadline = time.time() + 300
    parent = os.getppid()
    accepted = 0
    while time.time() < deadline and os.getppid() == parent:
        try:
            connection, _ = listener.accept()
        except socket.timeout:
            continue
        accepted += 1
        threading.Thread(target=relay, args=(connection, *route(accepted)), daemon=True).start()
