def transfer(db, source, target, amount):
    db.begin()
    try:
        db.debit(source, amount)
        db.credit(target, amount)
        db.commit()
    except:
        db.rollback()
        raise
