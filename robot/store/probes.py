"""Homepage availability probes of the daemon (for site.availability over 7 days)."""
