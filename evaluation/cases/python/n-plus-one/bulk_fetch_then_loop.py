from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Author


def author_names(session: Session, books):
    ids = {b.author_id for b in books}
    authors = {a.id: a for a in session.scalars(select(Author).where(Author.id.in_(ids)))}
    return [authors[b.author_id].name for b in books]
