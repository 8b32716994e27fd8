"""What a kind of entry is: its fields, each with a type, labels in Swedish and English,
and the limits validation checks. The declared kinds are in `kind_table`."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class FieldType(StrEnum):
    BOOL = "bool"
    INT = "int"
    FLOAT = "float"
    TEXT = "text"
    CHOICE = "choice"
    DATETIME = "datetime"


@dataclass(frozen=True)
class FieldSpec:
    name: str
    type: FieldType
    sv: str
    en: str
    required: bool = False
    choices: tuple[str, ...] = ()
    minimum: float | None = None
    maximum: float | None = None

    def label(self, language: str) -> str:
        return self.sv if language == "sv" else self.en


@dataclass(frozen=True)
class KindSpec:
    id: str
    sv: str
    en: str
    fields: tuple[FieldSpec, ...]
    has_role: bool = False
    case_kind: bool = False  # a patient case: case number, age and sex apply
    # The role is required only when this yes/no field is yes (a case decided against
    # EVT has no operator role); empty: always required when the kind has a role.
    role_when: str = ""

    def label(self, language: str) -> str:
        return self.sv if language == "sv" else self.en

    def field(self, name: str) -> FieldSpec:
        for spec in self.fields:
            if spec.name == name:
                return spec
        raise KeyError(name)
