"""People marked as different (not duplicates), and the three outcomes added to an edited outcome list.

An outcome list a worker edited is stored in settings; the three outcomes of 000 Table 4 the
first list lacked are added to it in their groups (after the group's last outcome), unless the
list already holds them. A list never edited follows the defaults and needs nothing.

Revision ID: 0010
Revises: 0009
"""
import json

from alembic import op
import sqlalchemy as sa


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

ADDED = (
    ("Isolation and stigma", "Access to/use of inclusive resources in community",
     "1: uses nothing in the community; 5: uses inclusive community resources"),
    ("Isolation and stigma", "Build community capacity to meet children's needs",
     "1: no local help for the children; 5: local services meet the children's needs"),
    ("Contact and relationships", "Able to develop healthy/trusting relationships",
     "1: cannot trust or relate to others; 5: forms healthy, trusting relationships"),
)


def with_added(rows: list[list[str]]) -> list[list[str]]:
    """The stored list with each missing outcome after the last of its group (or at the end)."""
    out = [list(r) for r in rows]
    names = {r[1] for r in out}
    for group, name, guidance in ADDED:
        if name in names:
            continue
        at = max((i for i, r in enumerate(out) if r[0] == group), default=len(out) - 1) + 1
        out.insert(at, [group, name, guidance])
        names.add(name)
    return out


def upgrade() -> None:
    op.create_table('distinct_people',
    sa.Column('first_id', sa.String(length=36), nullable=False),
    sa.Column('second_id', sa.String(length=36), nullable=False),
    sa.Column('marked_on', sa.Date(), nullable=True),
    sa.Column('marked_by', sa.String(length=200), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('ref', sa.String(length=16), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('created_hlc', sa.String(length=64), nullable=False),
    sa.Column('desk_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['first_id'], ['people.id'], ),
    sa.ForeignKeyConstraint(['second_id'], ['people.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('distinct_people', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_distinct_people_first_id'), ['first_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_distinct_people_second_id'), ['second_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_distinct_people_ref'), ['ref'], unique=False)

    bind = op.get_bind()
    stored = bind.execute(sa.text("SELECT value FROM settings WHERE key = 'list:outcomes'")).scalar()
    if stored:
        rows = json.loads(stored)
        bind.execute(sa.text("UPDATE settings SET value = :v WHERE key = 'list:outcomes'"),
                     {"v": json.dumps(with_added(rows))})


def downgrade() -> None:
    with op.batch_alter_table('distinct_people', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_distinct_people_ref'))
        batch_op.drop_index(batch_op.f('ix_distinct_people_second_id'))
        batch_op.drop_index(batch_op.f('ix_distinct_people_first_id'))
    op.drop_table('distinct_people')
