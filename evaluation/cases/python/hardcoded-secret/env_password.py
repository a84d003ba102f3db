import os

import psycopg2


def connect():
    password = os.environ["DB_PASSWORD"]
    return psycopg2.connect(host="db", user="app", password=password)
