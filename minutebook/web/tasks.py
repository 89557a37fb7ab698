"""Background jobs (django-tasks): ingest of uploaded documents, and rendering of packs and papers.

A view creates a :class:`~minutebook.web.models.Job` and enqueues :func:`run_job`; the job records its
progress in the row, and the job page shows it (polled by htmx, or refreshed without JavaScript).
Run the worker with ``minutebook worker`` (django-tasks-db's ``db_worker``).
"""
from __future__ import annotations

import shutil
import traceback
from pathlib import Path

from django.conf import settings
from django.utils import timezone
from django_tasks import task

from minutebook.web.models import Job


class JobProblem(Exception):
    """A failure the clerk can act on (a file that cannot be read): the job page shows its message as it
    is, with no exception name and no traceback."""


def upload_dir(job: Job) -> Path:
    return Path(settings.DATA_DIR) / "uploads" / str(job.pk)


def start(job: Job) -> Job:
    """Enqueue a saved job; with an immediate backend it has run when this returns."""
    result = run_job.enqueue(job.pk)
    Job.objects.filter(pk=job.pk, task_id="").update(task_id=str(result.id))
    job.refresh_from_db()
    return job


@task()
def run_job(job_id: int) -> str:
    job = Job.objects.get(pk=job_id)
    job.status, job.message = Job.RUNNING, "Started"
    job.save(update_fields=["status", "message"])
    try:
        runner = RUNNERS[job.kind]
        runner(job)
    except JobProblem as exc:
        job.status = Job.FAILED
        job.message = str(exc)[:1000]
    except Exception as exc:  # the job page shows the one-line reason; the log keeps the detail
        job.status = Job.FAILED
        job.message = f"{type(exc).__name__}: {exc}"[:1000]
        job.log = (job.log or []) + [traceback.format_exc(limit=5)[-4000:]]
    else:
        job.status = Job.DONE
        if not job.message or job.message == "Started":
            job.message = "Finished"
    job.finished = timezone.now()
    job.save()
    return job.status


def _step(job: Job, progress: int, message: str) -> None:
    job.progress, job.message = progress, message
    job.log = (job.log or []) + [message]
    job.save(update_fields=["progress", "message", "log"])


def _ingest(job: Job) -> None:
    """Read each uploaded file and keep what it found for the clerk's review (:class:`IngestReview`): nothing
    enters the record until a clerk confirms (:func:`confirm`). A file already stored is linked as before; a
    paper without any record uploaded from a meeting's page is that meeting's attachment, as before."""
    from minutebook.ingest.bounded import parse_data
    from minutebook.ingest.errors import InputError
    from minutebook.ingest.readers import load, sha256_of
    from minutebook.store.ingest import NO_RECORD, FileResult, not_given, store_parsed
    from minutebook.store.models import Document
    from minutebook.web.models import IngestReview

    folder = upload_dir(job)
    paths = sorted(p for p in folder.iterdir() if p.is_file()) if folder.exists() else []
    job.total = len(paths)
    job.save(update_fields=["total"])
    problems, waiting = [], 0
    for i, path in enumerate(paths):
        name = _shown(path)
        _step(job, i, f"Reading {name} ({i + 1} of {len(paths)})")
        try:
            data = load(path)
            digest = sha256_of(data)
            doc = Document.objects.filter(sha256=digest).first()
            if doc is not None:
                after_store(job, doc, name, FileResult(str(path), status="unchanged"))
                continue
            pending = IngestReview.objects.filter(sha256=digest, status=IngestReview.PENDING).first()
            if pending is not None:
                job.log = (job.log or []) + [f"{name}: already waiting for review (uploaded {pending.created:%d/%m/%Y})"]
                continue
            parsed, sources = parse_data(path, data, digest, explain="sources")
        except InputError as exc:
            error = str(exc)
        except Exception as exc:  # a parser bug: one line naming the file
            error = f"{path}: could not be read ({type(exc).__name__}: {exc})".splitlines()[0]
        else:
            missing = not_given(parsed)
            if missing == "the committee or group" and job.meeting_id:
                # names no body: from a meeting's page, that meeting's paper (the file only; no body, no person)
                result = store_parsed(parsed, data, name)
                after_store(job, Document.objects.get(pk=result.document_id), name, result)
                continue
            if not any(r.kind in ("agenda", "minutes", "report") for r in parsed.records):
                if job.meeting_id:
                    # a paper for the meeting whose page it came from (a report, an appendix): its attachment
                    after_store(job, _attachment(path, name, job.meeting), name,
                                FileResult(str(path), status="ingested"))
                    continue
                error = f"{path}: {NO_RECORD}"
            else:
                IngestReview.objects.create(job=job, filename=name[:300], sha256=digest, size=len(data), content=data,
                                            parsed=parsed.model_dump(mode="json"), sources=sources,
                                            params=dict(job.params or {}), uploaded_by=job.user)
                waiting += 1
                job.log = (job.log or []) + [f"{name}: read; waiting for a clerk to review it"] + \
                    [f"{name}: {w}" for w in parsed.warnings] + \
                    ([f"{name}: the document does not give {missing}: confirmed, only the file is stored, with no "
                      f"meeting"] if missing else [])
                continue
        error = error.replace(str(path), name)
        line = error if error.startswith(f"{name}:") else f"{name}: {error}"
        problems.append(line)
        job.log = (job.log or []) + [line]
    job.progress = len(paths)
    shutil.rmtree(folder, ignore_errors=True)
    if problems:
        stored = len(paths) - len(problems)
        raise JobProblem(f"{len(problems)} of {len(paths)} file{'s' if len(paths) != 1 else ''} could not be read: "
                         + "; ".join(problems)
                         + (f". The other {stored} {'were' if stored != 1 else 'was'} read." if stored else "."))
    job.message = f"{len(paths)} file{'s' if len(paths) != 1 else ''} read" + \
        (f": {waiting} waiting for your review before anything is stored" if waiting else "")


def after_store(job, doc, name: str, result) -> None:
    """What the upload form asked for a stored file: its own name, its meeting (uploaded from a meeting's
    page), exempt, published; linked to its job."""
    from minutebook.store.models import Document
    from minutebook.web.publishing import publish_document

    params = (job.params if job is not None else None) or {}
    meeting = job.meeting if job is not None else None
    if result.status != "unchanged":
        _belongs(doc, name, meeting)
    if params.get("exempt") and not doc.exempt:
        Document.objects.filter(pk=doc.pk).update(exempt=True, published=False)
        doc.refresh_from_db()
    if params.get("publish") and not doc.exempt:
        publish_document(doc)
    if job is not None:
        job.documents.add(doc)
        note = {"unchanged": "already stored", "replaced": "replaced an earlier version"}.get(result.status, "stored")
        job.log = (job.log or []) + [f"{name}: {note}; {result.minutes} minutes, {result.actions} actions"] + \
            [f"{name}: {w}" for w in result.warnings]


class Refused(Exception):
    """A review that cannot be confirmed or discarded (already decided, or the clerk's choice is stale)."""


def _decided(review) -> str:
    who = review.decided_by.get_username() if review.decided_by else "another clerk"
    when = timezone.localtime(review.decided_at).strftime("%-d %B %Y at %H:%M") if review.decided_at else ""
    return f"{review.filename} was already {review.get_status_display().lower()} by {who}" + \
        (f" on {when}" if when else "") + ": nothing was changed."


def confirm(review, user, bodies: dict, people: dict):
    """Store a reviewed upload with the clerk's choices (``store_parsed``'s ``bodies`` and ``people``), in one
    transaction with taking the review: of two clerks confirming one review, the second is refused
    (:class:`Refused`, saying who confirmed it) and nothing is stored twice. Returns the FileResult."""
    from django.db import transaction

    from minutebook import record as R
    from minutebook.store.ingest import store_parsed
    from minutebook.store.models import Document
    from minutebook.web.models import IngestReview

    with transaction.atomic():
        claimed = IngestReview.objects.filter(pk=review.pk, status=IngestReview.PENDING).update(
            status=IngestReview.CONFIRMED, decided_by=user, decided_at=timezone.now())
        if not claimed:
            raise Refused(_decided(IngestReview.objects.select_related("decided_by").get(pk=review.pk)))
        data = bytes(review.content)
        result = store_parsed(R.ParsedDocument.model_validate(review.parsed), data, review.filename,
                              bodies=bodies, people=people)
        doc = (Document.objects.filter(pk=result.document_id).first() if result.document_id else
               Document.objects.filter(sha256=review.sha256).first())
        job = review.job
        if doc is not None:
            after_store(job, doc, review.filename, result)
        if job is not None:
            job.log = (job.log or []) + [f"{review.filename}: confirmed by {user.get_username()}"]
            job.save(update_fields=["log"])
        IngestReview.objects.filter(pk=review.pk).update(document=doc, content=b"")
    return result


def discard(review, user) -> None:
    """Drop a reviewed upload: its bytes go, nothing was stored. A review already decided is refused."""
    from minutebook.web.models import IngestReview

    claimed = IngestReview.objects.filter(pk=review.pk, status=IngestReview.PENDING).update(
        status=IngestReview.DISCARDED, decided_by=user, decided_at=timezone.now(), content=b"", parsed={},
        sources=[])
    if not claimed:
        raise Refused(_decided(IngestReview.objects.select_related("decided_by").get(pk=review.pk)))
    if review.job_id:
        job = review.job
        job.log = (job.log or []) + [f"{review.filename}: discarded by {user.get_username()}; nothing was stored"]
        job.save(update_fields=["log"])


def _attachment(path: Path, name: str, meeting):
    """A file uploaded from a meeting's page that is no agenda, minutes or report: the meeting's own paper."""
    import hashlib
    import mimetypes

    from minutebook.store.models import Document

    data = path.read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    return Document.objects.filter(sha256=sha).first() or Document.objects.create(
        sha256=sha, filename=name[:300], kind=Document.ATTACHMENT, size=len(data), content=data,
        content_type=mimetypes.guess_type(name)[0] or "application/octet-stream", title=Path(name).stem[:300])


def _belongs(doc, name: str, meeting) -> None:
    """An upload keeps its own file name, and one made from a meeting's page belongs to that meeting and its
    body unless it gave a meeting of its own: public only when that meeting's papers are (store.contents)."""
    from minutebook.store import contents

    fields = []
    if doc.filename != name[:300]:
        doc.filename, fields = name[:300], fields + ["filename"]
    if meeting is not None and doc.meeting_id is None:
        doc.meeting, doc.body = meeting, doc.body or meeting.body
        fields += ["meeting", "body"]
        contents.hold(doc, contents.of_sources(doc) + contents.of_meeting_upload(meeting))
    if fields:
        doc.save(update_fields=fields)


def _shown(path: Path) -> str:
    """The uploaded file's own name (uploads are saved as NNN_name)."""
    name = Path(path).name
    return name.split("_", 1)[1] if "_" in name and name.split("_", 1)[0].isdigit() else name


def _paper(job: Job) -> None:
    """Render a paper of the meeting (pack, agenda, Matters Arising report) and keep it as a Document."""
    from minutebook.web import rendering

    meeting = job.meeting
    job.total = 2
    _step(job, 0, f"Preparing the {job.get_kind_display().lower()}")
    doc = rendering.store_paper(meeting, job.kind, progress=lambda msg: _step(job, 1, msg), made_by=job.user)
    job.documents.add(doc)
    job.progress = 2
    job.message = f"{doc.title or doc.filename} is ready"


RUNNERS = {Job.INGEST: _ingest, Job.PACK: _paper, Job.AGENDA: _paper, Job.MATTERS_ARISING: _paper,
           Job.MINUTES: _paper}
