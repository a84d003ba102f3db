import random


def one_time_password():
    otp_code = random.randint(100000, 999999)  # expect: insecure-random
    return str(otp_code)
