"""Classifies what a scanner read: product GTINs, GS1 element strings, variable-measure codes,
and our own codes (receipts, pickup orders, shipments, associate badges).

Check digits and GS1 syntax are verified with biip; a code that fails is refused with a message
the associate can act on, never guessed at.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field
from decimal import Decimal

from biip import ParseConfig, ParseError
from biip.checksums import gs1_standard_check_digit
from biip.gs1_messages import GS1Message
from biip.gtin import Gtin
from biip.rcn import Rcn

from kiosk.domain.errors import InvalidInput

MAX_CODE_LENGTH = 512  # a pickup QR with its signature is the longest thing we expect

# AIM symbology identifiers: "]" + code character + modifier, e.g. "]E0" for EAN-13.
_AIM = re.compile(r"^\][A-Za-z][0-9A-Za-z]")
# Scanners and keyboard layouts stand in for the invisible GS1 group separator in many ways.
_GS_STAND_INS = ("<GS>", "{GS}", "[GS]", "\u241d", "\\x1d", "\\x1D")
_GS = "\x1d"
_GS1_SYMBOLOGIES = {"]C1", "]e0", "]e1", "]e2", "]d2", "]Q3", "]J1"}
# Control characters other than the GS1 separator, DEL, and the replacement character a
# misconfigured wedge scanner produces.
_UNREADABLE = re.compile("[\x00-\x1c\x1e\x1f\x7f\ufffd]")

RECEIPT_PATTERN = re.compile(r"^[A-Z][A-Z0-9]{0,7}-\d{6,}$")
PICKUP_PREFIX = "PU1."
SHIPMENT_PREFIX = "SH1."
BADGE_PREFIX = "EMP-"


class CodeKind(enum.StrEnum):
    GTIN = "gtin"  # a trade item: EAN-8, UPC-A, EAN-13, GTIN-14
    VARIABLE_MEASURE = "variable_measure"  # price or weight embedded (prefix 2)
    GS1 = "gs1"  # GS1 element string (GS1-128, DataMatrix): GTIN plus batch, expiry, ...
    INTERNAL = "internal"  # the shop's own code or SKU
    RECEIPT = "receipt"  # our receipt number, for returns
    PICKUP = "pickup"  # a signed pickup-order code
    SHIPMENT = "shipment"  # a replenishment shipment code
    BADGE = "badge"  # an associate's badge


class InvalidBarcode(InvalidInput):
    def __init__(self, message: str, raw: str) -> None:
        super().__init__(message)
        self.raw = raw


@dataclass(frozen=True, slots=True)
class ScannedCode:
    kind: CodeKind
    raw: str
    value: str  # normalised: GTIN-14 for trade items, the bare code otherwise
    symbology: str | None = None
    format: str = ""  # "EAN-13", "UPC-A", "GS1-128", ...
    lookup_key: str | None = None  # what to look the product up by (GTIN-14 or internal code)
    ais: dict[str, str] = field(default_factory=dict)
    embedded_price: Decimal | None = None  # in currency units, from a price-embedded code
    embedded_weight_kg: Decimal | None = None

    @property
    def is_product(self) -> bool:
        return self.kind in {
            CodeKind.GTIN,
            CodeKind.VARIABLE_MEASURE,
            CodeKind.GS1,
            CodeKind.INTERNAL,
        }


def normalise(raw: str) -> tuple[str, str | None]:
    """Strips terminators and an AIM prefix and unifies GS1 separators.

    Returns (code, symbology identifier or None). Rejects binary, garbage and overlong input.
    """
    text = raw.strip("\r\n\t ")
    if not text:
        raise InvalidBarcode("The scan was empty. Scan again.", raw)
    if len(text) > MAX_CODE_LENGTH:
        raise InvalidBarcode(
            f"The scan was too long ({len(text)} characters) to be a barcode. Scan again.", raw
        )
    symbology = None
    if _AIM.match(text):
        symbology, text = text[:3], text[3:]
    for stand_in in _GS_STAND_INS:
        text = text.replace(stand_in, _GS)
    if _UNREADABLE.search(text):
        raise InvalidBarcode(
            "The scan contained unreadable characters. "
            "Check the scanner's settings and scan again.",
            raw,
        )
    if not text.strip(_GS):
        raise InvalidBarcode("The scan was empty. Scan again.", raw)
    return text, symbology


def classify(raw: str, rcn_region: str | None = None) -> ScannedCode:
    """What kind of code this is, with check digits verified. Raises InvalidBarcode."""
    text, symbology = normalise(raw)

    if text.startswith(PICKUP_PREFIX):
        return ScannedCode(CodeKind.PICKUP, raw, text, symbology, "QR")
    if text.startswith(SHIPMENT_PREFIX):
        return ScannedCode(CodeKind.SHIPMENT, raw, text, symbology)
    if text.startswith(BADGE_PREFIX):
        return ScannedCode(CodeKind.BADGE, raw, text, symbology)
    if RECEIPT_PATTERN.match(text):
        return ScannedCode(CodeKind.RECEIPT, raw, text, symbology, "Code 128")

    if (
        symbology in _GS1_SYMBOLOGIES
        or _GS in text
        or text.startswith("(")
        or (text.isdigit() and len(text) > 14 and text.startswith("01"))
    ):
        return _classify_gs1(raw, text, symbology, rcn_region)
    if text.isdigit() and len(text) in (8, 12, 13, 14):
        return _classify_gtin(raw, text, symbology, rcn_region)
    if not text.isprintable():
        raise InvalidBarcode("The scan contained unreadable characters. Scan again.", raw)
    return ScannedCode(CodeKind.INTERNAL, raw, text, symbology, lookup_key=text)


def _config(rcn_region: str | None) -> ParseConfig:
    return ParseConfig(rcn_region=rcn_region, separator_chars=(_GS,))


def _classify_gtin(raw: str, digits: str, symbology: str | None, region: str | None) -> ScannedCode:
    try:
        gtin = Gtin.parse(digits, config=_config(region))
    except ParseError as exc:
        raise InvalidBarcode(_check_digit_message(digits, str(exc)), raw) from None
    fmt = _FORMAT_NAMES.get(gtin.format.name, gtin.format.name)
    if isinstance(gtin, Rcn) and (gtin.price is not None or gtin.weight is not None):
        return ScannedCode(
            CodeKind.VARIABLE_MEASURE,
            raw,
            gtin.as_gtin_14(),
            symbology,
            fmt,
            lookup_key=gtin.without_variable_measure().as_gtin_14(),
            embedded_price=gtin.price,
            embedded_weight_kg=gtin.weight,
        )
    return ScannedCode(
        CodeKind.GTIN, raw, gtin.as_gtin_14(), symbology, fmt, lookup_key=gtin.as_gtin_14()
    )


def _classify_gs1(raw: str, text: str, symbology: str | None, region: str | None) -> ScannedCode:
    try:
        if text.startswith("("):
            message = GS1Message.parse_hri(text, config=_config(region))
        else:
            message = GS1Message.parse(text, config=_config(region))
    except ParseError as exc:
        raise InvalidBarcode(
            f"This GS1 barcode could not be read ({exc}). Scan again or type the SKU.", raw
        ) from None
    for element in message.element_strings:
        # biip keeps per-field problems (a GTIN's check digit, a GLN's) beside the value.
        problem = element.gtin_error or element.gln_error or element.sscc_error
        if problem:
            raise InvalidBarcode(
                f"This GS1 barcode is damaged or misread ({problem}). Scan again or type the SKU.",
                raw,
            )
    ais = {es.ai.ai: es.value for es in message.element_strings}
    gtin = ais.get("01") or ais.get("02")
    return ScannedCode(
        CodeKind.GS1,
        raw,
        message.value,
        symbology,
        "GS1",
        lookup_key=gtin,
        ais=ais,
    )


def _check_digit_message(digits: str, detail: str) -> str:
    if "check digit" in detail.lower() or detail.startswith("Expected"):
        expected = re.search(r"Expected (\d+)", detail)
        hint = f" (its check digit should be {expected.group(1)})" if expected else ""
        return f"Barcode {digits} is damaged or misread{hint}. Scan it again or type the SKU."
    return f"Barcode {digits} is not a valid product code: {detail}"


_FORMAT_NAMES = {"GTIN_8": "EAN-8", "GTIN_12": "UPC-A", "GTIN_13": "EAN-13", "GTIN_14": "GTIN-14"}


def product_code_key(raw: str) -> str:
    """The key a product barcode is stored under (GTIN-14, or the shop's own code as is).

    The catalog import calls this for every barcode of 100,000 products, so plain GTINs take a
    fast path (check digit only); anything else goes through the full classification.
    """
    if raw.isdigit() and len(raw) in (8, 12, 13, 14) and raw.isascii():
        expected = gs1_standard_check_digit(raw[:-1])
        if int(raw[-1]) != expected:
            raise InvalidBarcode(
                _check_digit_message(raw, f"Expected {expected}, got {raw[-1]}"), raw
            )
        return raw.zfill(14)
    code = classify(raw)
    if code.kind not in (CodeKind.GTIN, CodeKind.INTERNAL, CodeKind.VARIABLE_MEASURE):
        raise InvalidBarcode(f"{raw} cannot be a product barcode", raw)
    return code.lookup_key or code.value


def gtin14(digits: str) -> str:
    """A valid EAN-8/UPC-A/EAN-13/GTIN-14 as the 14-digit key products are stored under."""
    try:
        return str(Gtin.parse(digits).as_gtin_14())
    except ParseError as exc:
        raise InvalidInput(_check_digit_message(digits, str(exc))) from None


def with_check_digit(body: str) -> str:
    """Appends the GS1 mod-10 check digit (for generating demo and test codes)."""
    return body + str(gs1_standard_check_digit(body))
