import requests


def fetch_profiles(user_ids):
    return [requests.get(f"https://api.example.org/users/{uid}", timeout=5).json() for uid in user_ids]  # expect: n-plus-one
