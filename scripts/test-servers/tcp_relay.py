"""The relay both test proxies share: listen on 127.0.0.1, forward each accepted
connection to the server a rule picks for it, and cut it after so many bytes if asked.

`serve(route)` prints its port on the first line of stdout and returns after 5 minutes;
`route(n)` gets the connection's number (1 for the first accepted) and returns
`(host, port, cut_after)`, `cut_after` None to forward the connection whole.
"""
import selectors
import socket
import threading
import time


def relay(client, host, port, cut_after):
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
                if key.fileobj is server and cut_after is not None:
                    if sent + len(data) > cut_after:
                        client.sendall(data[: max(cut_after - sent, 0)])
                        return
                    sent += len(data)
                key.data.sendall(data)
    except OSError:
        pass
    finally:
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
    accepted = 0
    while time.time() < deadline:
        try:
            connection, _ = listener.accept()
        except socket.timeout:
            continue
        accepted += 1
        threading.Thread(target=relay, args=(connection, *route(accepted)), daemon=True).start()
