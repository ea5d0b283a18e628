"""Integrations with data-processing libraries, each an optional extra (`cleaner[datatrove]`,
`cleaner[datasets]`); nothing here is imported by the cleaner itself."""
