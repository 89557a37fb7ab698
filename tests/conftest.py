"""Shared fixtures: where the seeds and corpus are, and ready users (clerk, member, public)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("MINUTEBOOK_SHARED", ROOT.parent / "shared"))
SEEDS = SHARED / "seeds"
GOLD = SHARED / "gold"
CORPUS = SHARED / "corpus"
SEED_PACK = SEEDS / "000_f18476df4ed148e9.txt"      # agenda pack 6 July 2017 with minutes of 9 March 2017
SEED_MINUTES = SEEDS / "001_d28e78b19fcbbe22.txt"   # minutes of 19 December 2017


@pytest.fixture(scope="session")
def shared():
    if not SEEDS.exists():
        pytest.fail(f"the shared seeds are missing: {SEEDS}")
    return SHARED


@pytest.fixture
def seeded(db):
    """The database with both seeds ingested."""
    from minutebook.store.ingest import ingest_paths

    ingest_paths([SEED_PACK, SEED_MINUTES])


@pytest.fixture
def clerk(db, django_user_model):
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user("clerk", "clerk@example.org", "clerk-pass-123")
    user.groups.add(Group.objects.get_or_create(name="clerk")[0])
    return user


@pytest.fixture
def clerk_client(client, clerk):
    client.force_login(clerk)
    return client


@pytest.fixture(scope="session")
def hostile(tmp_path_factory):
    """Two hostile files generated here (tests/fixtures/hostile.py), never committed: ``docx`` (0.5 MB,
    its document.xml unpacks to 138 MB) and ``pdf`` (1 MB, its content stream unpacks to 330 MB)."""
    import importlib.util
    from types import SimpleNamespace

    spec = importlib.util.spec_from_file_location("minutebook_test_hostile", ROOT / "tests" / "fixtures" / "hostile.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    folder = tmp_path_factory.mktemp("hostile")
    return SimpleNamespace(docx=module.xml_bomb_docx(folder / "bomb.docx"),
                           pdf=module.flate_bomb_pdf(folder / "bomb.pdf"))


@pytest.fixture
def logo_png(tmp_path):
    """A small real PNG file made here, for the authority's logo (MINUTEBOOK_AUTHORITY_LOGO)."""
    import struct
    import zlib

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xffffffff)

    raw = b"".join(b"\x00" + b"\x1d\x70\xb8" * 4 for _ in range(2))
    path = tmp_path / "logo.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 2, 8, 2, 0, 0, 0))
                     + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))
    return path
