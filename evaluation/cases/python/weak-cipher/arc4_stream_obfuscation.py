from Crypto.Cipher import ARC4


def obfuscate(key: bytes, payload: bytes) -> bytes:
    cipher = ARC4.new(key)  # expect: weak-cipher
    return cipher.encrypt(payload)
