"""Where the seeds are (the shared reference folder)."""
import os
from pathlib import Path

SHARED = Path(os.environ.get("MINUTEBOOK_SHARED", Path(__file__).resolve().parents[2].parent / "shared"))
SEED_PACK = SHARED / "seeds" / "000_f18476df4ed148e9.txt"
SEED_MINUTES = SHARED / "seeds" / "001_d28e78b19fcbbe22.txt"
