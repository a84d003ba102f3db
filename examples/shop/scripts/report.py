import os
import pickle
import sqlite3
import subprocess


def monthly_report(customer, months=[]):
    conn = sqlite3.connect("shop.db")
    cursor = conn.cursor()
    cursor.execute(f"SELECT total FROM invoices WHERE customer = '{customer}'")
    rows = cursor.fetchall()
    for month in months:
        cursor.execute("SELECT total FROM invoices WHERE month = ?", (month,))
    return rows


def archive(path):
    subprocess.call("tar czf archive.tgz " + path, shell=True)


def load_session(blob):
    try:
        return pickle.loads(blob)
    except:
        return None


def safe_archive(path):
    subprocess.run(["tar", "czf", "archive.tgz", path], check=True)
