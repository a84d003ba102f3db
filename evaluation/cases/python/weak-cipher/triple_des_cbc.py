from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def encrypt_legacy(key: bytes, iv: bytes, data: bytes) -> bytes:
    padder = padding.PKCS7(64).padder()
    padded = padder.update(data) + padder.finalize()
    cipher = Cipher(algorithms.TripleDES(key), modes.CBC(iv))  # expect: weak-cipher
    enc = cipher.encryptor()
    return enc.update(padded) + enc.finalize()
