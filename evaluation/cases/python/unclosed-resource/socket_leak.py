import socket


def is_port_open(host, port):
    sock = socket.create_connection((host, port), timeout=2)  # expect: unclosed-resource
    sock.sendall(b"HEAD / HTTP/1.0\r\n\r\n")
    return bool(sock.recv(16))
