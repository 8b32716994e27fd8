"""Order within an item: work the source puts first, and work that should follow it.

The Swedish guidance trains microcatheterisation before EVT, and starts EVT as second
operator before first operator. A curriculum states such an order as
`[[items.order]]`; when the logbook shows the later work dated before the earlier work
(or with none of it), the item is flagged with the entries concerned. Same-day entries
are not flagged: their order within the day is not recorded.
"""

from __future__ import annotations

from collections.abc import Sequence

from evtdesk.curriculum.messages import say
from evtdesk.curriculum.progress import Flag
from evtdesk.curriculum.schema import Item
from evtdesk.model import Entry


def order_flags(item: Item, entries: Sequence[Entry], language: str) -> tuple[Flag, ...]:
    if not item.order:
        return ()
    flags = []
    live = sorted((e for e in entries if not e.retracted), key=lambda e: (e.date, e.id))
    for rule in item.order:
        first_label, then_label = rule.labels(language)
        firsts = [e for e in live if rule.first.matches(e.kind, e.role, e.fields)]
        thens = [e for e in live if rule.then.matches(e.kind, e.role, e.fields)]
        if not thens:
            continue
        if not firsts:
            early = thens
            message = say(
                "order",
                language,
                then=then_label,
                date=thens[0].date.isoformat(),
                first=say("order_none", language, first=first_label),
            )
        else:
            early = [e for e in thens if e.date < firsts[0].date]
            if not early:
                continue
            message = say(
                "order_first",
                language,
                then=then_label,
                date=early[0].date.isoformat(),
                first=first_label,
                first_date=firsts[0].date.isoformat(),
            )
        flags.append(Flag("order", message, tuple(e.id for e in early)))
    return tuple(flags)
