"""The matching index, the matched pairs, and which quotes are matched.

Revision ID: 0003_matching
Revises: 0002_quotes
Create Date: 2026-11-25

Only new tables, and every existing quote queued for matching: the library matches them the
next time matching runs, so nothing here depends on the matcher.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_matching"
down_revision: str | None = "0002_quotes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "quote_shingles",
        sa.Column("hash", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("quote_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["quote_id"],
            ["quotes.id"],
            name=op.f("fk_quote_shingles_quote_id_quotes"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("hash", "quote_id", name=op.f("pk_quote_shingles")),
        sqlite_with_rowid=False,
    )
    op.create_index(
        op.f("ix_quote_shingles_quote_id"), "quote_shingles", ["quote_id"], unique=False
    )
    op.create_table(
        "quote_shingle_counts",
        sa.Column("hash", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("quotes", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("hash", name=op.f("pk_quote_shingle_counts")),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "quote_links",
        sa.Column("quote_id", sa.Integer(), nullable=False),
        sa.Column("other_id", sa.Integer(), nullable=False),
        sa.Column("relation", sa.String(length=16), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("within_start", sa.Integer(), nullable=True),
        sa.Column("within_end", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["quote_id"],
            ["quotes.id"],
            name=op.f("fk_quote_links_quote_id_quotes"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["other_id"],
            ["quotes.id"],
            name=op.f("fk_quote_links_other_id_quotes"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("quote_id", "other_id", name=op.f("pk_quote_links")),
    )
    op.create_index(op.f("ix_quote_links_other_id"), "quote_links", ["other_id"], unique=False)
    op.create_table(
        "quote_match_state",
        sa.Column("quote_id", sa.Integer(), nullable=False),
        sa.Column("matched_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("words", sa.Integer(), nullable=False),
        sa.Column("shingles", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["quote_id"],
            ["quotes.id"],
            name=op.f("fk_quote_match_state_quote_id_quotes"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("quote_id", name=op.f("pk_quote_match_state")),
    )
    op.create_table(
        "quote_match_queue",
        sa.Column("quote_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["quote_id"],
            ["quotes.id"],
            name=op.f("fk_quote_match_queue_quote_id_quotes"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("quote_id", name=op.f("pk_quote_match_queue")),
    )
    op.execute("INSERT INTO quote_match_queue (quote_id) SELECT id FROM quotes")


def downgrade() -> None:
    op.drop_table("quote_match_queue")
    op.drop_table("quote_match_state")
    op.drop_index(op.f("ix_quote_links_other_id"), table_name="quote_links")
    op.drop_table("quote_links")
    op.drop_table("quote_shingle_counts")
    op.drop_index(op.f("ix_quote_shingles_quote_id"), table_name="quote_shingles")
    op.drop_table("quote_shingles")
