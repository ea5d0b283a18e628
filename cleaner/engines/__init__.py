"""Execution engines beyond this machine's process pool (see cleaner.batch for the local one)."""
