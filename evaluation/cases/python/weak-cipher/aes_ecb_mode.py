from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def seal(key: bytes, block: bytes) -> bytes:
    encryptor = Cipher(algorithms.AES(key), modes.ECB()).encryptor()  # expect: weak-cipher
    return encryptor.update(block) + encryptor.finalize()
