"""The printed pickup receipt: what was handed over, what is still to come, and the order's
number as a Code 128 barcode (scanning it finds the order again)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from hardware.document import Align, Barcode, Block, Columns, Cut, Document, Feed, Rule, Size, Text
from kiosk.store.settings import StoreProfile

_HOW = {
    "code": "pickup code scanned",
    "name_phone": "name and phone checked",
    "id_checked": "ID checked",
}


@dataclass(frozen=True, slots=True)
class PickupReceipt:
    order_no: str
    customer_name: str
    at: datetime
    associate_name: str
    handed_over: list[tuple[str, int]]  # (name, quantity)
    remaining: list[tuple[str, int]]
    method: str
    signed: bool
    reason: str  # why items were left, for a partial pickup


def pickup_document(data: PickupReceipt, profile: StoreProfile) -> Document:
    local = data.at.astimezone(ZoneInfo(profile.timezone))
    blocks: list[Block] = [
        Text(profile.store_name, align=Align.CENTER, bold=True, size=Size.DOUBLE),
        Text("ONLINE ORDER PICKUP", align=Align.CENTER, bold=True, size=Size.DOUBLE_HEIGHT),
        Feed(1),
        Columns((f"Order {data.order_no}", local.strftime("%Y-%m-%d %H:%M"))),
        Columns(("Customer", data.customer_name)),
        Columns(("Handed over by", data.associate_name)),
        Rule(),
        Text("Handed over", bold=True),
    ]
    blocks += [Columns((f"  {name}", f"{qty} x")) for name, qty in data.handed_over]
    if data.remaining:
        blocks += [Rule(), Text("Still to collect", bold=True)]
        blocks += [Columns((f"  {name}", f"{qty} x")) for name, qty in data.remaining]
        if data.reason:
            blocks.append(Text(f"Reason: {data.reason}"))
    blocks += [
        Rule(),
        Columns(("Identified by", _HOW.get(data.method, data.method))),
    ]
    if data.signed:
        blocks.append(Columns(("Signature", "on file")))
    blocks += [Feed(1), Barcode(data.order_no), Feed(2), Cut()]
    return Document(kind="pickup", blocks=tuple(blocks))
