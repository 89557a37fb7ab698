"""Small pure helpers (no Django): dates, names, text. One test module each under tests/lib/."""
