"""Signatures: minisign-compatible Ed25519 for manifests and attestations, PAdES for PDFs.

No Qt here: everything is usable from the CLI and tests.
"""
