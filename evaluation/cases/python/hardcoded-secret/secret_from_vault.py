import hvac


def db_password(client: hvac.Client) -> str:
    secret = client.secrets.kv.v2.read_secret_version(path="db")
    password = secret["data"]["data"]["password"]
    return password
