"""What is wrong with the entry form, shown where it is wrong and when it helps.

A mixin of `EntryFormDialog`. Every check is `validate_entry`'s, the importer's own; the
form only decides when to show a problem: at once while typing, unless it only means "not
finished yet" (then when the field is left), and everything once Save was pressed.
"""

from __future__ import annotations

from evtdesk.entries.validation import EntryData, Problem, ValidationError, validate_entry
from evtdesk.ui.forms.field_widgets import problem_text

# Problems that only mean "not finished typing yet"; shown once the field is left.
_WHILE_TYPING = ("must be", "is required")


class EntryProblemsMixin:
    """Validation and the error lines, for EntryFormDialog."""

    def _edited(self, name: str) -> None:
        """While typing: show a problem at once unless it only means "not finished"."""
        problems = self._problems_for(name)
        if any(not p.message.startswith(_WHILE_TYPING) for p in problems):
            self._touched.add(name)
        self._refresh_errors()

    def _left(self, name: str) -> None:
        self._touched.add(name)
        if name == "date":  # times are typed relative to the date
            self._touched.update(n for n, e in self._editors.items() if e.value() is not None)
        self._refresh_errors()

    def validate(self) -> tuple[EntryData | None, list[Problem]]:
        try:
            return validate_entry(self.raw(), today=self.session.today()), []
        except ValidationError as error:
            return None, list(error.problems)

    def _problems_for(self, name: str) -> list[Problem]:
        return [p for p in self.validate()[1] if p.field == name]

    def _refresh_errors(self) -> list[Problem]:
        _data, problems = self.validate()
        messages: dict[str, list[str]] = {}
        general: list[str] = []
        for problem in problems:
            text = problem_text(self._kind, problem.message, self.language)
            if problem.field in self._rows:
                messages.setdefault(problem.field, []).append(text)
            elif self._attempted:
                general.append(f"{problem.field}: {text}")
        for name, row in self._rows.items():
            shown = name in self._touched or self._attempted
            row.show_error(" ".join(messages.get(name, [])) if shown else "")
        self._set_general(" ".join(general))
        return problems

    def _set_general(self, text: str) -> None:
        self.general_error.setText(text)
        self.general_error.setVisible(bool(text))

    def problems_shown(self) -> dict[str, str]:
        """Field name → the problem text shown next to it (for tests and accessibility)."""
        return {name: row.error.text() for name, row in self._rows.items() if row.error.text()}
