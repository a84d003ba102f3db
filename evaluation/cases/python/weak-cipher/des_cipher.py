from Crypto.Cipher import DES


def encrypt(key: bytes, data: bytes) -> bytes:
    cipher = DES.new(key, DES.MODE_ECB)  # expect: weak-cipher
    return cipher.encrypt(data)
