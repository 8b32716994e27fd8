"""The curriculum as data and the engine that measures a logbook against it.

Public API: `load_curriculum`, `find_curriculum`, `available_curricula`, `scan_curricula`,
`evaluate`, `progress_to_json`, and the result types in `evtdesk.curriculum.progress`.
"""

from evtdesk.curriculum.engine import evaluate
from evtdesk.curriculum.json_out import progress_to_json
from evtdesk.curriculum.loader import (
    CurriculumError,
    CurriculumInfo,
    CurriculumUnreadable,
    available_curricula,
    curricula_dir,
    find_curriculum,
    load_curriculum,
    scan_curricula,
)
from evtdesk.curriculum.progress import (
    ConditionProgress,
    Flag,
    ItemProgress,
    NextStep,
    PartProgress,
    Progress,
)
from evtdesk.curriculum.schema import Curriculum

__all__ = [
    "ConditionProgress",
    "Curriculum",
    "CurriculumError",
    "CurriculumInfo",
    "CurriculumUnreadable",
    "Flag",
    "ItemProgress",
    "NextStep",
    "PartProgress",
    "Progress",
    "available_curricula",
    "curricula_dir",
    "evaluate",
    "find_curriculum",
    "load_curriculum",
    "progress_to_json",
    "scan_curricula",
]
