"""The PDF report a supervisor reads and signs on: cover, progress per requirement,
every entry by kind (amendments and retractions shown), attestations received and the
scanned certificates. Core code: reportlab and pyHanko only, never Qt.

    inputs = report_inputs_from_logbook(logbook, progress, bundle_id, created, fingerprint, "sv")
    pdf_bytes = build_report(inputs)
"""

from evtdesk.report.inputs import ReportAttachment, ReportInputs, report_inputs_from_logbook
from evtdesk.report.pdf import build_report

__all__ = ["ReportAttachment", "ReportInputs", "build_report", "report_inputs_from_logbook"]
