from cryptography.fernet import Fernet

DES_MIGRATION_NOTE = "DES keys were rotated out in 2022"


def seal(key: bytes, data: bytes) -> bytes:
    return Fernet(key).encrypt(data)
