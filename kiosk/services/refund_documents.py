"""The printed refund receipt."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from hardware.document import Align, Barcode, Block, Columns, Cut, Document, Feed, Rule, Size, Text
from kiosk.domain.money import Money
from kiosk.store.refunds import RefundLineRow, RefundRow
from kiosk.store.settings import StoreProfile


def refund_document(
    refund: RefundRow,
    lines: list[RefundLineRow],
    *,
    method: str,
    reference: str | None,
    associate_name: str,
    profile: StoreProfile,
) -> Document:
    def money(minor: int) -> str:
        return Money(minor, refund.currency).format(profile.locale)

    local = refund.created_at.astimezone(ZoneInfo(profile.timezone))
    blocks: list[Block] = [
        Text(profile.store_name, align=Align.CENTER, bold=True, size=Size.DOUBLE),
        Text("REFUND", align=Align.CENTER, bold=True, size=Size.DOUBLE_HEIGHT),
        Columns((f"Refund {refund.refund_no}", local.strftime("%Y-%m-%d %H:%M"))),
        Columns(("Original receipt", refund.receipt_no or "none")),
        Columns(("Served by", associate_name)),
        Rule(),
    ]
    for line in lines:
        blocks.append(Text(line.name))
        state = "back on sale" if line.restock else "written off"
        blocks.append(Columns((f"  {line.quantity} x ({state})", f"-{money(line.amount)}")))
    blocks += [
        Rule(),
        Columns(("REFUNDED", f"-{money(refund.total)}"), bold=True),
        Columns(
            (
                "Cash" if method == "cash" else f"Card {reference or ''}".strip(),
                f"-{money(refund.total)}",
            )
        ),
        Columns(("Reason", refund.reason_code.replace("_", " "))),
        Feed(1),
        Barcode(refund.refund_no),
        Feed(2),
        Cut(),
    ]
    return Document(kind="refund", blocks=tuple(blocks))
