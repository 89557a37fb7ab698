"""docs/cli.md is generated from the code: every command is documented, and the file is current."""
import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def load():
    spec = importlib.util.spec_from_file_location("cli_reference", ROOT / "scripts" / "cli_reference.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_command_has_a_section():
    ref = load()
    text = (ROOT / "docs" / "cli.md").read_text()
    for path, _, _ in ref.walk(ref.main, ["minutebook"]):
        assert f"## {' '.join(path)}\n" in text, f"{' '.join(path)} is missing from docs/cli.md"


def test_reference_is_current():
    ref = load()
    assert (ROOT / "docs" / "cli.md").read_text() == ref.reference(), \
        "docs/cli.md is stale: run .venv/bin/python scripts/cli_reference.py"
