"""`python -m minutebook` is the same command as `minutebook`."""
import subprocess
import sys


def test_python_m_minutebook_runs_the_cli():
    done = subprocess.run([sys.executable, "-m", "minutebook", "parse", "--help"], capture_output=True, text=True)
    assert done.returncode == 0 and "Usage: minutebook parse" in done.stdout
