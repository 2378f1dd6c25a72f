"""Emitters: corpus in, Pages out (Quartz). None of them touches the disk."""
