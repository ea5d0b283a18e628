"""Execution engines beyond this machine's process pool (cleaner.engines.local is the local one)."""
