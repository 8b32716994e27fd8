"""Signatures: minisign-compatible Ed25519 for manifests and attestations, PAdES for PDFs."""
