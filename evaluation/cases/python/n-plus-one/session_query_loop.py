from sqlalchemy.orm import Session

from models import Author


def author_names(session: Session, books):
    names = []
    for book in books:
        author = session.get(Author, book.author_id)  # expect: n-plus-one
        names.append(author.name)
    return names
