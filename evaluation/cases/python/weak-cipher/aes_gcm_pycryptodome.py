from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes


def seal(key: bytes, payload: bytes) -> bytes:
    nonce = get_random_bytes(12)
    cipher = AES.new(key, AES.MODE_GCM, nonce=nonce)
    ciphertext, tag = cipher.encrypt_and_digest(payload)
    return nonce + tag + ciphertext
