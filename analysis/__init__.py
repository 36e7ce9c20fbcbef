"""Rebuild of the National Kurultai article as validated data, figures and tables."""
