"""`python -m minutebook` runs the same command as `minutebook`."""
from minutebook.cli import main

main(prog_name="minutebook")
