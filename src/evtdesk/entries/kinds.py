"""The entry kinds a logbook holds and the fields each carries: the one name to import
them by. The types are in `kind_types`, the declared kinds in `kind_table`, the words for
choices and roles in `labels`.
"""

from __future__ import annotations

from evtdesk.entries.kind_table import (
    EVT_TIME_FIELDS,
    KINDS,
    MTICI_CHOICES,
    SEX_CHOICES,
    TIME_ORDER,
)
from evtdesk.entries.kind_types import FieldSpec, FieldType, KindSpec
from evtdesk.entries.labels import CHOICE_LABELS, ROLE_LABELS

__all__ = [
    "CHOICE_LABELS",
    "EVT_TIME_FIELDS",
    "KINDS",
    "KIND_IDS",
    "MTICI_CHOICES",
    "ROLE_LABELS",
    "SEX_CHOICES",
    "TIME_ORDER",
    "FieldSpec",
    "FieldType",
    "KindSpec",
    "kind_spec",
]

KIND_IDS: tuple[str, ...] = tuple(k.id for k in KINDS)
_BY_ID = {k.id: k for k in KINDS}


def kind_spec(kind: str) -> KindSpec:
    """The spec of `kind`; raises KeyError naming the valid kinds."""
    try:
        return _BY_ID[kind]
    except KeyError:
        raise KeyError(f"unknown kind {kind!r}; known kinds: {', '.join(KIND_IDS)}") from None
