from functools import lru_cache

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="INVENTORY_", env_file=".env")

    database_url: str = "postgresql://inventory@localhost:5432/inventory"
    jwt_secret: str = "b7e2f9c4a1d8e3f6b0c5a9d2e7f1c4b8"  # vuln: hardcoded-secret
    jwt_algorithm: str = "HS256"
    documents_dir: str = "/srv/inventory/documents"
    label_printer_url: str = "http://printer.warehouse.local:9100"
    allowed_redirect_hosts: list[str] = ["inventory.example.com"]


@lru_cache
def get_settings() -> Settings:
    return Settings()
