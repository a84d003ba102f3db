import psycopg2

DB_PASSWORD = "s3cr3t-Prod-2024!"  # expect: hardcoded-secret


def connect():
    return psycopg2.connect(host="db", user="app", password=DB_PASSWORD)
