"""Bad files: one line on stderr each, exit code 2, nothing stored for them; the good files still go in."""
import shutil

from click.testing import CliRunner

from minutebook.cli import main
from minutebook.store.models import Document, Meeting, Minute, Person
from store_builders import SEED_MINUTES


def counts():
    return [m.objects.count() for m in (Document, Meeting, Minute, Person)]


def test_bad_file_alone(db, tmp_path):
    bad = tmp_path / "empty.pdf"
    bad.write_bytes(b"")
    result = CliRunner().invoke(main, ["ingest", str(bad)])
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1 and errors[0].startswith(f"Error: {bad}: ")
    assert "Traceback" not in result.stderr + result.stdout
    assert counts() == [0, 0, 0, 0]


def test_folder_keeps_the_good_files(db, tmp_path):
    folder = tmp_path / "papers"
    (folder / "2017").mkdir(parents=True)
    shutil.copy(SEED_MINUTES, folder / "2017" / "minutes-2017-12-19.txt")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4\n this is not really a PDF at all")
    (folder / "empty.docx").write_bytes(b"")
    missing = tmp_path / "no-such-file.pdf"
    result = CliRunner().invoke(main, ["ingest", str(folder), str(missing)])
    assert result.exit_code == 2, result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert sorted(e.split(": ")[1] for e in errors) == sorted(
        [str(folder / "broken.pdf"), str(folder / "empty.docx"), str(missing)])
    assert "Traceback" not in result.stderr + result.stdout
    assert "1 ingested" in result.stdout and "3 failed" in result.stdout
    assert "minutes-2017-12-19.txt: ingested: minutes of 19 December 2017" in result.stdout
    assert Document.objects.get().filename == "minutes-2017-12-19.txt"
    assert Meeting.objects.filter(date="2017-12-19", status=Meeting.HELD).exists()
