"""Two people, one quote: the second save is refused with who and when, never overwrites.

Every test runs on a SQLite file and on a PostgreSQL database, with real separate connections
(two ``Library`` objects) or real separate processes (``python -m desk``).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import desk_workload as workload
import pytest
from sqlalchemy import create_engine, event, text

from desk.core.entities import ImportStatus, QuoteEdit, QuoteStatus
from desk.core.errors import EditConflict
from desk.core.importing import parse_text
from desk.core.library import Library, content_hash

RunDesk = Callable[..., subprocess.CompletedProcess[str]]

STAMP = r"\d{4}-\d\d-\d\d \d\d:\d\d UTC"


def test_second_save_from_another_session_is_refused(library_url: str, quote_id: int) -> None:
    alice, bob = Library.open(library_url), Library.open(library_url)
    try:
        seen_by_alice = alice.quote(quote_id)
        seen_by_bob = bob.quote(quote_id)
        assert seen_by_alice.version == seen_by_bob.version == 1

        saved = alice.edit_quote(
            quote_id,
            QuoteEdit(status=QuoteStatus.VERIFIED),
            expected_version=seen_by_alice.version,
            by="Alice",
        )
        with pytest.raises(EditConflict) as caught:
            bob.edit_quote(
                quote_id,
                QuoteEdit(status=QuoteStatus.DISPUTED, note="Bob disagrees"),
                expected_version=seen_by_bob.version,
                by="Bob",
            )

        when = saved.updated_at.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
        assert str(caught.value) == (
            f"Quote {quote_id} was changed by Alice at {when}; reload to see it."
        )
        assert caught.value.changed_by == "Alice"
        reloaded = bob.quote(quote_id)
        assert (reloaded.status, reloaded.note, reloaded.version) == (
            QuoteStatus.VERIFIED,
            None,
            2,
        )
        changes = [(c.action, c.field, c.old, c.new, c.by) for c in bob.history(quote_id)]
        assert changes[1:] == [("edited", "status", "unchecked", "verified", "Alice")]

        # After reloading, Bob's save goes through on top of Alice's.
        bob.edit_quote(
            quote_id, QuoteEdit(note="Bob agrees"), expected_version=reloaded.version, by="Bob"
        )
        assert alice.quote(quote_id).note == "Bob agrees"
    finally:
        alice.close()
        bob.close()


def test_a_save_landing_between_check_and_write_is_refused(library_url: str, quote_id: int) -> None:
    """Alice commits after Bob's version check but before Bob's first write reaches the
    database: the version in Bob's UPDATE's WHERE clause catches it."""
    alice, bob = Library.open(library_url), Library.open(library_url)
    bob_engine = bob._db.engine
    fired: list[str] = []

    def alice_saves_first(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if statement.lstrip().upper().startswith(("INSERT", "UPDATE")) and not fired:
            fired.append(statement)
            alice.edit_quote(
                quote_id, QuoteEdit(status=QuoteStatus.VERIFIED), expected_version=1, by="Alice"
            )

    event.listen(bob_engine, "before_cursor_execute", alice_saves_first)
    try:
        with pytest.raises(EditConflict, match=rf"changed by Alice at {STAMP}; reload"):
            bob.edit_quote(
                quote_id, QuoteEdit(status=QuoteStatus.DISPUTED), expected_version=1, by="Bob"
            )
        assert fired
        stored = alice.quote(quote_id)
        assert (stored.status, stored.version, stored.updated_by) == (
            QuoteStatus.VERIFIED,
            2,
            "Alice",
        )
        assert [c.by for c in alice.history(quote_id)[1:]] == ["Alice"]
    finally:
        event.remove(bob_engine, "before_cursor_execute", alice_saves_first)
        alice.close()
        bob.close()


@pytest.mark.slow
def test_second_save_from_another_process_is_refused(
    run_desk: RunDesk, library_url: str, quote_id: int
) -> None:
    bob = subprocess.Popen(
        [
            sys.executable,
            workload.__file__,
            "hold-edit",
            library_url,
            str(quote_id),
            "disputed",
            "Bob",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert bob.stdout is not None
        assert bob.stdin is not None
        assert bob.stdout.readline().split() == ["read", "1"]

        alice = run_desk(
            "check", str(quote_id), "--status", "verified", "--by", "Alice", db=library_url
        )
        assert alice.returncode == 0, alice.stderr
        assert "verified" in alice.stdout

        bob.stdin.write("go\n")
        bob.stdin.flush()
        out, err = bob.communicate(timeout=60)
    finally:
        if bob.poll() is None:
            bob.kill()
            bob.wait()
    assert bob.returncode == 3, err
    assert re.fullmatch(
        rf"conflict Quote {quote_id} was changed by Alice at {STAMP}; reload to see it\.\n", out
    )

    history = run_desk("history", str(quote_id), "--json", db=library_url)
    assert history.returncode == 0, history.stderr
    changes = [
        (c["action"], c["field"], c["old"], c["new"], c["by"]) for c in json.loads(history.stdout)
    ]
    assert changes[0][0] == "created"
    assert changes[1:] == [("edited", "status", "unchecked", "verified", "Alice")]
    listed = run_desk("quotes", "--json", db=library_url)
    mine = [json.loads(line) for line in listed.stdout.splitlines()]
    assert [(q["status"], q["version"]) for q in mine if q["id"] == quote_id] == [("verified", 2)]


def test_same_article_imported_by_two_people_at_once_is_stored_once(library_url: str) -> None:
    """A colleague stores the same text between our duplicate check and our insert: the
    unique content hash refuses the second row and the import reports a duplicate."""
    draft = parse_text(workload.article_text(5))
    digest = content_hash(draft.text)
    colleague = create_engine(library_url)
    library = Library.open(library_url)
    try:
        connection = colleague.connect()
        transaction = connection.begin()
        connection.execute(
            text(
                "INSERT INTO articles (kind, title, source_format, text, raw_text, chars,"
                " content_hash, imported_at, updated_at, detected_at) VALUES ('article',"
                " 'theirs', 'text', :body, :body, 4, :digest, :now, :now, :now)"
            ),
            {"body": draft.text, "digest": digest, "now": datetime.now(UTC)},
        )
        results: list[object] = []

        def ours() -> None:
            try:
                results.append(library.store(draft, "ours"))
            except Exception as error:  # reported below, with its type
                results.append(error)

        worker = threading.Thread(target=ours)
        worker.start()
        time.sleep(0.7)  # ours is now waiting on the colleague's uncommitted row
        transaction.commit()
        connection.close()
        worker.join(30)
        assert not worker.is_alive()

        (outcome,) = results
        assert not isinstance(outcome, Exception), repr(outcome)
        theirs = [a for a in library.articles() if a.title == "theirs"]
        assert len(theirs) == 1
        assert getattr(outcome, "status", None) is ImportStatus.DUPLICATE
        assert getattr(outcome, "article_id", None) == theirs[0].id
        assert library.count() == 1
    finally:
        library.close()
        colleague.dispose()


def test_editing_a_missing_quote_says_so(
    run_desk: RunDesk, library: Library, tmp_path: Path
) -> None:
    result = run_desk("check", "424242", "--status", "verified", db=library.url)
    assert result.returncode == 1
    assert result.stderr.strip() == "desk: there is no quote with id 424242"
    assert library.quotes() == []
