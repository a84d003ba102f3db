from datetime import datetime
from decimal import Decimal

from pydantic import BaseModel, Field, HttpUrl


class Item(BaseModel):
    id: int
    sku: str
    name: str
    location: str
    quantity: int
    unit_cost: Decimal


class ItemSearch(BaseModel):
    q: str = ""
    warehouse: str | None = None
    sort: str = "sku"


class StockAdjustment(BaseModel):
    sku: str
    delta: int
    reason: str = Field(max_length=200)


class BulkAdjustment(BaseModel):
    adjustments: list[StockAdjustment]


class PriceRule(BaseModel):
    name: str
    formula: str = Field(description="e.g. 'unit_cost * 1.25 + 2'")


class Webhook(BaseModel):
    event: str
    callback_url: str


class ExportJob(BaseModel):
    id: str
    created_at: datetime
    status_url: HttpUrl | None = None


class User(BaseModel):
    sub: str
    role: str = "viewer"
    warehouse: str | None = None
